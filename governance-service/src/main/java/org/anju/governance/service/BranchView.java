package org.anju.governance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A joint Party branch as the API shows it: with officers' names, which events never carry (null for
 * callers who may not see personal data).
 */
public record BranchView(UUID id, long version, String county, String name, String managementMode,
                         LocalDate foundedOn, List<UUID> siteIds, Officer secretary, List<Officer> officers,
                         List<Group> groups, int groupCount, int groupMemberCount, List<Rule> rules) {

    /** One term in a post; {@code endedOn} is null while it lasts. */
    public record Officer(String officerId, String name, String role, LocalDate appointedOn, LocalDate endedOn) {
    }

    public record Group(UUID id, String name, int memberCount, LocalDate formedOn) {
    }

    /** A rule document; {@code supersededOn} is null while it is in force. */
    public record Rule(UUID id, String kind, String title, String documentRef, LocalDate adoptedOn,
                       LocalDate supersededOn) {
    }
}
