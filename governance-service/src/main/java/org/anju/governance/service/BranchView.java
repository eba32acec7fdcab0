package org.anju.governance.service;

import org.anju.governance.domain.BranchRole;
import org.anju.governance.domain.ManagementMode;
import org.anju.governance.domain.RuleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A joint Party branch as the API shows it: with officers' names, which events never carry (null for
 * callers who may not see personal data).
 */
public record BranchView(UUID id, long version, String county, String name, ManagementMode managementMode,
                         LocalDate foundedOn, List<UUID> siteIds, Officer secretary, List<Officer> officers,
                         List<Group> groups, int groupCount, int groupMemberCount, List<Rule> rules) {

    /** One term in a post; {@code endedOn} is null while it lasts. */
    @Schema(name = "BranchOfficerView")
    public record Officer(String officerId,
                          @Schema(nullable = true, description = "Null for callers who may not see personal data") String name,
                          BranchRole role, LocalDate appointedOn, @Schema(nullable = true) LocalDate endedOn) {
    }

    @Schema(name = "PartyGroupView")
    public record Group(UUID id, String name, int memberCount, LocalDate formedOn) {
    }

    /** A rule document; {@code supersededOn} is null while it is in force. */
    @Schema(name = "BranchRuleView")
    public record Rule(UUID id, RuleKind kind, String title, @Schema(nullable = true) String documentRef,
                       LocalDate adoptedOn, @Schema(nullable = true) LocalDate supersededOn) {
    }
}
