package org.anju.demo;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The ids the gateway gave the data set's records on this load (for a record an earlier load created,
 * that load's id): a site, a village, a household, a project or a workshop, by the record itself.
 */
final class GatewayIds {

    private final Map<Object, String> ids = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Remembers the id of {@code record} and returns it. */
    String remember(Object record, String id) {
        ids.put(record, id);
        return id;
    }

    String of(Object record) {
        String id = ids.get(record);
        if (id == null) {
            throw new IllegalStateException("the gateway has given no id yet for " + record);
        }
        return id;
    }
}
