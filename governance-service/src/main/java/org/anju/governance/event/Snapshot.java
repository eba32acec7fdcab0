package org.anju.governance.event;

import java.util.UUID;

/** An aggregate's state as events carry it: ids, codes, counts and dates, never personal data. */
public interface Snapshot {

    UUID id();

    long version();

    String county();
}
