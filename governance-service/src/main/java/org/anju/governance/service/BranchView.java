package org.anju.governance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A joint Party branch as the API shows it: with officers' names, which events never carry. */
public record BranchView(UUID id, long version, String county, String name, String managementMode,
                         LocalDate foundedOn, List<UUID> siteIds, Officer secretary, List<Officer> officers,
                         List<Group> groups, int groupCount, int groupMemberCount, List<Rule> rules) {

    public record Officer(String officerId, String name, String role, LocalDate appointedOn, LocalDate endedOn) {
    }

    public record Group(UUID id, String name, int memberCount, LocalDate formedOn) {
    }

    public record Rule(UUID id, String kind, String title, String documentRef, LocalDate adoptedOn,
                       LocalDate supersededOn) {
    }
}
