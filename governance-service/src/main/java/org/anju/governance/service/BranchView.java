package org.anju.governance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A joint Party branch as the API shows it: with officers' names, which events never carry. */
public record BranchView(UUID id, long version, String county, String name, String managementMode,
                         LocalDate foundedOn, List<UUID> siteIds, Officer secretary, List<Officer> officers,
                         List<Group> groups, int groupCount, int groupMemberCount, List<Rule> rules) {

    public record Officer(String officerId, String name, String role, LocalDate appointedOn, LocalDate endedOn) {

        Officer withoutName() {
            return new Officer(officerId, null, role, appointedOn, endedOn);
        }
    }

    /** For callers who may not see personal data: officers by id and role only. */
    public BranchView withoutPersonalData() {
        return new BranchView(id, version, county, name, managementMode, foundedOn, siteIds, secretary.withoutName(),
                officers.stream().map(Officer::withoutName).toList(), groups, groupCount, groupMemberCount, rules);
    }

    public record Group(UUID id, String name, int memberCount, LocalDate formedOn) {
    }

    public record Rule(UUID id, String kind, String title, String documentRef, LocalDate adoptedOn,
                       LocalDate supersededOn) {
    }
}
