package org.anju.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid request bodies of the API's commands, as mutable maps: a test changes a field with {@code put}. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> foundBranch(String county, UUID site) {
        return body("county", county, "name", "Joint branch", "managementMode", "SINGLE_AFFILIATION_DUAL_MANAGEMENT",
                "foundedOn", "2019-03-01", "siteIds", List.of(site),
                "secretary", body("officerId", "staff-1", "name", "Wang"));
    }

    public static Map<String, Object> registerFacility(String county, UUID site, String type) {
        return body("county", county, "siteId", site, "type", type);
    }

    /** An assessment of PAVED, met. */
    public static Map<String, Object> assessment(String county) {
        return body("county", county, "items", List.of(body("item", "PAVED", "met", true, "evidenceOn", "2020-09-30")));
    }

    public static Map<String, Object> submitRequest(String county, UUID site, String category) {
        return body("county", county, "siteId", site, "householdId", UUID.randomUUID(), "category", category,
                "channel", "PHONE", "summary", "The stairwell light is broken");
    }

    public static Map<String, Object> recordActivity(String county, UUID site, String kind) {
        return body("county", county, "siteId", site, "kind", kind, "title", "Party-building training",
                "heldOn", "2020-06-01", "sessions", 12, "participants", 108);
    }

    public static Map<String, Object> grantAward(String county, UUID site, UUID household) {
        return body("county", county, "siteId", site, "kind", "MOST_BEAUTIFUL_FAMILY", "householdId", household,
                "year", 2020, "grantedOn", "2020-12-20");
    }

    /** A body of name, value, name, value ... in that order. */
    public static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }
}
