package org.anju.funding.domain;

/** What an expenditure paid for, each optional: ids owned by households-service and industry-service. */
public record EntryLinks(String siteId, String householdId, String villageId, String industryProjectId) {

    public static final EntryLinks NONE = new EntryLinks(null, null, null, null);

    public static EntryLinks village(String villageId) {
        return new EntryLinks(null, null, villageId, null);
    }
}
