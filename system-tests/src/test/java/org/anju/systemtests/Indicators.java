package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.fail;

/** Reading one indicator out of the gateway's indicators view, as the system tests do. */
final class Indicators {

    private Indicators() {
    }

    static JsonNode indicator(JsonNode view, String id) {
        for (JsonNode indicator : view.path("indicators")) {
            if (indicator.path("id").asText().equals(id)) {
                return indicator;
            }
        }
        return fail("no indicator " + id + " in " + view);
    }

    /** The indicator's value as a whole number. */
    static long figure(JsonNode view, String id) {
        return indicator(view, id).path("value").asLong();
    }
}
