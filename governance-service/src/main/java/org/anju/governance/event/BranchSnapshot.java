package org.anju.governance.event;

import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A joint Party branch; officers appear by staff id and role only (names are personal data). */
public record BranchSnapshot(UUID id, long version, String county, String name, String managementMode,
                             LocalDate foundedOn, List<UUID> siteIds, List<Officer> officers, List<Group> groups,
                             int groupCount, int groupMemberCount, List<Rule> rules) implements Snapshot {

    /** One term in a post; {@code endedOn} is null while it lasts. */
    public record Officer(String officerId, String role, LocalDate appointedOn, LocalDate endedOn) {
    }

    public record Group(UUID id, String name, int memberCount, LocalDate formedOn) {
    }

    /** A rule document; {@code supersededOn} is null while it is in force. */
    public record Rule(UUID id, String kind, String title, LocalDate adoptedOn, LocalDate supersededOn) {
    }
}
