package org.anju.households.domain;

import org.anju.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.anju.households.domain.Fixtures.HEAD_ID;
import static org.anju.households.domain.Fixtures.SPOUSE_ID;
import static org.anju.households.domain.Fixtures.TODAY;
import static org.anju.households.domain.Fixtures.family;
import static org.anju.households.domain.HouseholdTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HouseholdRegistrationPolicyTest {

    private static final String MISTYPED_ID = "140723196504121239";

    private static MemberDetails member(String idNumber, Relation relation) {
        return new MemberDetails("成员", idNumber, relation, true, null);
    }

    @Test
    void aFamilyWithOneHeadAndValidDistinctIdNumbersBreaksNoRule() {
        assertThat(HouseholdRegistrationPolicy.violations(family(), TODAY)).isEmpty();
    }

    @Test
    void aHouseholdWithoutMembersBreaksHouseholdHasMembers() {
        assertThat(HouseholdRegistrationPolicy.violations(List.of(), TODAY))
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly(tuple("household-has-members", "members"));
    }

    @Test
    void aHouseholdWithoutAHeadOrWithTwoBreaksHouseholdHasOneHead() {
        assertThat(HouseholdRegistrationPolicy.violations(List.of(member(HEAD_ID, Relation.CHILD)), TODAY))
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly(tuple("household-has-one-head", "members"));
        assertThat(HouseholdRegistrationPolicy.violations(List.of(member(HEAD_ID, Relation.HEAD), member(SPOUSE_ID, Relation.HEAD)), TODAY))
                .extracting(RuleViolation::rule, violation -> violation.message().english())
                .containsExactly(tuple("household-has-one-head", "A household has exactly one head (relation HEAD), not 2"));
    }

    @Test
    void headsAreCountedOnlyOnceEveryRelationIsKnown() {
        // a relation the input could not read is reported by the input's checks, not as a missing head
        assertThat(HouseholdRegistrationPolicy.violations(List.of(member(HEAD_ID, null)), TODAY)).isEmpty();
    }

    @Test
    void anInvalidIdNumberBreaksIdNumberValidWithoutRepeatingIt() {
        assertThat(HouseholdRegistrationPolicy.violations(List.of(member(HEAD_ID, Relation.HEAD), member(MISTYPED_ID, Relation.CHILD)), TODAY))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.rule()).isEqualTo("id-number-valid");
                    assertThat(violation.field()).isEqualTo("members[1].idNumber");
                    assertThat(violation.message().english()).contains("check digit").doesNotContain("1407231965");
                });
    }

    @Test
    void anIdNumberWhoseBirthDateIsAfterTodayBreaksIdNumberValid() {
        assertThat(HouseholdRegistrationPolicy.violations(List.of(member(HEAD_ID, Relation.HEAD)), Fixtures.DAY.withYear(1965).withMonth(1)))
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly(tuple("id-number-valid", "members[0].idNumber"));
    }

    @Test
    void theSamePersonTwiceInAHouseholdBreaksIdNumberUniqueAtTheLaterMember() {
        assertThat(HouseholdRegistrationPolicy.violations(List.of(member(HEAD_ID, Relation.HEAD), member(SPOUSE_ID, Relation.SPOUSE),
                        member(HEAD_ID, Relation.CHILD)), TODAY))
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly(tuple("id-number-unique", "members[2].idNumber"));
    }

    @Test
    void everyViolationIsReportedTogetherInTheOrderOfTheMembers() {
        List<MemberDetails> members = List.of(member(MISTYPED_ID, Relation.HEAD), member(SPOUSE_ID, Relation.HEAD),
                member(SPOUSE_ID, Relation.CHILD), member("12345", Relation.HEAD));

        assertThat(HouseholdRegistrationPolicy.violations(members, TODAY))
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly(
                        tuple("id-number-valid", "members[0].idNumber"),
                        tuple("id-number-unique", "members[2].idNumber"),
                        tuple("id-number-valid", "members[3].idNumber"),
                        tuple("household-has-one-head", "members"));
    }

    @Test
    void requireAnswersTheFirstViolation() {
        assertRule(() -> HouseholdRegistrationPolicy.require(List.of(member(HEAD_ID, Relation.HEAD), member(HEAD_ID, Relation.CHILD)), TODAY),
                "id-number-unique");
        assertRule(() -> HouseholdRegistrationPolicy.require(List.of(), TODAY), "household-has-members");
    }
}
