package org.anju.households.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.anju.households.domain.Fixtures.DAY;
import static org.anju.households.domain.Fixtures.HEAD_ID;
import static org.anju.households.domain.Fixtures.HESHUN;
import static org.anju.households.domain.Fixtures.TODAY;
import static org.anju.households.domain.Fixtures.completedSite;
import static org.anju.households.domain.Fixtures.details;
import static org.anju.households.domain.Fixtures.family;
import static org.anju.households.domain.Fixtures.household;
import static org.anju.households.domain.Fixtures.housed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdTest {

    @Test
    void aRegisteredHouseholdStartsAtVersionOneWithCountsFromItsMembers() {
        Household household = household(Category.REGISTERED_POOR);

        assertThat(household.version()).isEqualTo(1);
        assertThat(household.status()).isEqualTo(HouseholdStatus.REGISTERED);
        assertThat(household.povertyStatus()).isEqualTo(PovertyStatus.IN_POVERTY);
        assertThat(household.homesteadStatus()).isEqualTo(HomesteadStatus.TO_DEMOLISH);
        assertThat(household.memberCount()).isEqualTo(2);
        assertThat(household.labourCapacityCount()).isEqualTo(1);
        assertThat(household.members().get(0).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aCoRelocatedHouseholdHasNoPovertyStatus() {
        assertThat(household(Category.CO_RELOCATED).povertyStatus()).isEqualTo(PovertyStatus.NOT_APPLICABLE);
    }

    @Test
    void aHouseholdNeedsExactlyOneHead() {
        List<MemberDetails> noHead = List.of(new MemberDetails("王建国", HEAD_ID, Relation.CHILD, true, null));
        assertRule(() -> Household.register(HESHUN, details(Category.CO_RELOCATED, false), noHead, TODAY), "household-has-one-head");
    }

    @Test
    void housingIsAllocatedAtACompletedSiteWithRoomLeft() {
        Household household = household(Category.REGISTERED_POOR);
        ResettlementSite site = completedSite(10);

        household.allocateHousing(site, 9, "3-2-501", DAY);

        assertThat(household.status()).isEqualTo(HouseholdStatus.HOUSING_ALLOCATED);
        assertThat(household.siteId()).isEqualTo(site.id());
        assertThat(household.flatNumber()).isEqualTo("3-2-501");
        assertThat(household.housingAllocatedOn()).isEqualTo(DAY);
        assertThat(household.version()).isEqualTo(2);
    }

    @Test
    void housingAtASiteNotYetCompletedIsRejected() {
        ResettlementSite site = ResettlementSite.plan(HESHUN, "义兴镇", "城东", PlacementMode.COUNTY_TOWN, 10, 30);
        site.startConstruction(DAY);
        Household household = household(Category.REGISTERED_POOR);

        assertRule(() -> household.allocateHousing(site, 0, "1-101", DAY), "housing-requires-completed-site");
        assertThat(household.version()).isEqualTo(1);
    }

    @Test
    void housingAtAFullSiteIsRejected() {
        assertRule(() -> household(Category.REGISTERED_POOR).allocateHousing(completedSite(10), 10, "1-101", DAY),
                "housing-requires-room-at-site");
    }

    @Test
    void housingAtASiteOfAnotherCountyIsRejected() {
        ResettlementSite elsewhere = ResettlementSite.plan("140722", "拐儿镇", "西峪", PlacementMode.CENTRAL_VILLAGE, 10, 30);
        elsewhere.startConstruction(DAY);
        elsewhere.complete(DAY);
        assertRule(() -> household(Category.REGISTERED_POOR).allocateHousing(elsewhere, 0, "1-101", DAY), "housing-in-own-county");
    }

    @Test
    void housingIsAllocatedOnce() {
        assertRule(() -> housed(Category.REGISTERED_POOR).allocateHousing(completedSite(10), 0, "1-101", DAY), "housing-allocated-once");
    }

    @Test
    void movingInAfterHousingIsAllocatedIsAccepted() {
        Household household = housed(Category.CO_RELOCATED);
        household.moveIn(DAY.plusDays(10));
        assertThat(household.status()).isEqualTo(HouseholdStatus.MOVED_IN);
        assertThat(household.movedInOn()).isEqualTo(DAY.plusDays(10));
        assertThat(household.version()).isEqualTo(3);
    }

    @Test
    void movingInBeforeHousingIsAllocatedIsRejected() {
        assertRule(() -> household(Category.REGISTERED_POOR).moveIn(DAY), "move-in-requires-housing");
    }

    @Test
    void aRegisteredPoorHouseholdIsLiftedOutOfPoverty() {
        Household household = household(Category.REGISTERED_POOR);
        household.liftOutOfPoverty(DAY);
        assertThat(household.povertyStatus()).isEqualTo(PovertyStatus.LIFTED);
        assertThat(household.liftedOn()).isEqualTo(DAY);
        assertThat(household.version()).isEqualTo(2);
    }

    @Test
    void liftingACoRelocatedHouseholdOutOfPovertyIsRejected() {
        assertRule(() -> household(Category.CO_RELOCATED).liftOutOfPoverty(DAY), "lifting-requires-registered-poor");
    }

    @Test
    void liftingTwiceIsRejected() {
        Household household = household(Category.REGISTERED_POOR);
        household.liftOutOfPoverty(DAY);
        assertRule(() -> household.liftOutOfPoverty(DAY), "lifted-once");
    }

    @Test
    void aHomesteadIsDemolishedThenReclaimed() {
        Household household = household(Category.REGISTERED_POOR);
        household.demolishHomestead(DAY);
        household.reclaimHomestead(DAY.plusMonths(6));
        assertThat(household.homesteadStatus()).isEqualTo(HomesteadStatus.RECLAIMED);
        assertThat(household.demolishedOn()).isEqualTo(DAY);
        assertThat(household.reclaimedOn()).isEqualTo(DAY.plusMonths(6));
        assertThat(household.version()).isEqualTo(3);
    }

    @Test
    void reclaimingBeforeDemolitionIsRejected() {
        assertRule(() -> household(Category.REGISTERED_POOR).reclaimHomestead(DAY), "reclamation-requires-demolition");
    }

    @Test
    void demolishingWhenThereIsNoHomesteadToDemolishIsRejected() {
        Household household = Household.register(HESHUN, details(Category.CO_RELOCATED, false), family(), TODAY);
        assertRule(() -> household.demolishHomestead(DAY), "demolition-requires-homestead-to-demolish");
    }

    @Test
    void aHouseholdNotYetMovedInMayBeDeleted() {
        housed(Category.REGISTERED_POOR).requireRemovable();
    }

    @Test
    void deletingAHouseholdThatMovedInIsRejected() {
        Household household = housed(Category.REGISTERED_POOR);
        household.moveIn(DAY);
        assertRule(household::requireRemovable, "moved-in-household-not-deleted");
    }

    @Test
    void aCorrectionIsANewVersionAndRecountsMembers() {
        Household household = household(Category.REGISTERED_POOR);
        household.correct(details(Category.CO_RELOCATED, false), List.of(new MemberDetails("王建国", HEAD_ID, Relation.HEAD, false, null)), TODAY);

        assertThat(household.version()).isEqualTo(2);
        assertThat(household.memberCount()).isEqualTo(1);
        assertThat(household.labourCapacityCount()).isZero();
        assertThat(household.povertyStatus()).isEqualTo(PovertyStatus.NOT_APPLICABLE);
        assertThat(household.homesteadStatus()).isEqualTo(HomesteadStatus.NONE_TO_DEMOLISH);
    }

    @Test
    void aCorrectionDoesNotMoveAHouseholdOutOfItsAllocatedSite() {
        Household household = housed(Category.REGISTERED_POOR);
        assertRule(() -> household.correct(details(Category.REGISTERED_POOR, true), family(), TODAY), "site-fixed-after-allocation");
    }

    @Test
    void aCorrectionDoesNotUndoADemolition() {
        Household household = household(Category.REGISTERED_POOR);
        household.demolishHomestead(DAY);
        assertRule(() -> household.correct(details(Category.REGISTERED_POOR, false), family(), TODAY), "homestead-fixed-after-demolition");
    }

    @Test
    void aCorrectionDoesNotChangeTheCategoryOfALiftedHousehold() {
        Household household = household(Category.REGISTERED_POOR);
        household.liftOutOfPoverty(DAY);
        assertRule(() -> household.correct(details(Category.CO_RELOCATED, true), family(), TODAY), "category-fixed-after-lifting");
    }

    static void assertRule(Executable command, String rule) {
        assertThatThrownBy(command::execute)
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).rule()).isEqualTo(rule));
    }
}
