package org.anju.governance.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyBranchTest {

    private static final LocalDate FOUNDED = LocalDate.of(2019, 3, 1);

    private static PartyBranch branch() {
        return PartyBranch.found("140723", "Heshun site joint branch", ManagementMode.SINGLE_AFFILIATION_DUAL_MANAGEMENT,
                Set.of(UUID.randomUUID()), FOUNDED, "staff-1", "Wang");
    }

    private static String rule(Throwable e) {
        return ((DomainRuleViolation) e).rule();
    }

    @Test
    void aBranchIsFoundedWithItsSecretary() {
        PartyBranch branch = branch();
        assertThat(branch.version()).isEqualTo(1);
        assertThat(branch.secretary().officerId()).isEqualTo("staff-1");
        assertThat(branch.secretary().appointedOn()).isEqualTo(FOUNDED);
    }

    @Test
    void aBranchCoversAtLeastOneSite() {
        assertThatThrownBy(() -> PartyBranch.found("140723", "empty", ManagementMode.OTHER, Set.of(), FOUNDED, "s", "n"))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("branch-covers-a-site"));
    }

    @Test
    void appointingANewSecretaryHandsThePostOverAndKeepsTheHistory() {
        PartyBranch branch = branch();
        LocalDate handover = LocalDate.of(2021, 6, 30);
        branch.appoint("staff-2", "Li", BranchRole.SECRETARY, handover);

        assertThat(branch.secretary().officerId()).isEqualTo("staff-2");
        assertThat(branch.officers()).hasSize(2);
        assertThat(branch.officers().get(0).officerId()).isEqualTo("staff-1");
        assertThat(branch.officers().get(0).endedOn()).isEqualTo(handover);
        assertThat(branch.officers().stream().filter(o -> o.role() == BranchRole.SECRETARY && o.endedOn() == null))
                .hasSize(1);
        assertThat(branch.version()).isEqualTo(2);
    }

    @Test
    void aDeputyPromotedToSecretaryLeavesTheDeputyPost() {
        PartyBranch branch = branch();
        branch.appoint("staff-2", "Li", BranchRole.DEPUTY_SECRETARY, FOUNDED);
        branch.appoint("staff-2", "Li", BranchRole.SECRETARY, FOUNDED.plusYears(1));
        assertThat(branch.officers()).filteredOn(o -> o.endedOn() == null).hasSize(1)
                .first().satisfies(o -> assertThat(o.role()).isEqualTo(BranchRole.SECRETARY));
    }

    @Test
    void theSecretaryCannotStepDownWithoutASuccessor() {
        PartyBranch branch = branch();
        assertThatThrownBy(() -> branch.relieve("staff-1", FOUNDED.plusDays(1)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("secretary-needs-successor"));
        assertThatThrownBy(() -> branch.appoint("staff-1", "Wang", BranchRole.COMMITTEE_MEMBER, FOUNDED.plusDays(1)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("secretary-needs-successor"));
        assertThat(branch.secretary().officerId()).isEqualTo("staff-1");
    }

    @Test
    void aHandoverCannotPrecedeTheCurrentSecretarysAppointment() {
        PartyBranch branch = branch();
        branch.appoint("staff-2", "Li", BranchRole.SECRETARY, FOUNDED.plusYears(2));
        assertThatThrownBy(() -> branch.appoint("staff-3", "Zhao", BranchRole.SECRETARY, FOUNDED.plusYears(1)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("handover-after-appointment"));
    }

    @Test
    void appointingAnOfficerToThePostTheyHoldIsRejected() {
        PartyBranch branch = branch();
        assertThatThrownBy(() -> branch.appoint("staff-1", "Wang", BranchRole.SECRETARY, FOUNDED.plusDays(1)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("officer-already-holds-post"));
    }

    @Test
    void aCommitteeMemberCanBeRelieved() {
        PartyBranch branch = branch();
        branch.appoint("staff-2", "Li", BranchRole.COMMITTEE_MEMBER, FOUNDED);
        branch.relieve("staff-2", FOUNDED.plusYears(1));
        assertThat(branch.officers()).filteredOn(o -> o.officerId().equals("staff-2"))
                .singleElement().satisfies(o -> assertThat(o.endedOn()).isEqualTo(FOUNDED.plusYears(1)));
        assertThat(branch.version()).isEqualTo(3);
    }

    @Test
    void partyGroupsHaveUniqueNamesAndMembers() {
        PartyBranch branch = branch();
        branch.formGroup("Building 1 group", 7, FOUNDED);
        branch.formGroup("Building 2 group", 5, FOUNDED);
        assertThat(branch.groups()).hasSize(2);
        assertThatThrownBy(() -> branch.formGroup("Building 1 group", 3, FOUNDED))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("party-group-name-unique"));
        assertThatThrownBy(() -> branch.formGroup("Empty group", 0, FOUNDED))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("party-group-has-members"));
    }

    @Test
    void adoptingARuleSupersedesTheOneOfTheSameKind() {
        PartyBranch branch = branch();
        branch.adoptRule(RuleKind.MEETING_SYSTEM, "Meeting system v1", null, FOUNDED);
        branch.adoptRule(RuleKind.DUTIES, "Duties", null, FOUNDED);
        branch.adoptRule(RuleKind.MEETING_SYSTEM, "Meeting system v2", "archive/2020-7", FOUNDED.plusYears(1));

        assertThat(branch.rules()).hasSize(3);
        assertThat(branch.rules()).filteredOn(r -> r.title().equals("Meeting system v1"))
                .singleElement().satisfies(r -> assertThat(r.supersededOn()).isEqualTo(FOUNDED.plusYears(1)));
        assertThat(branch.rules()).filteredOn(r -> r.supersededOn() == null).hasSize(2);
        assertThat(branch.version()).isEqualTo(4);
    }
}
