package org.anju.demo;

import org.anju.demo.FollowUpSupport.Job;
import org.anju.demo.JinzhongDataSet.Household;
import org.anju.demo.JinzhongDataSet.Member;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated data set holds docs/domain.md's consistent figures before anything is loaded. */
class JinzhongDataSetTest {

    private static final JinzhongDataSet DEMO = JinzhongDataSet.generate();

    private static int people(Predicate<Household> which) {
        return DEMO.households.stream().filter(which).mapToInt(h -> h.members.size()).sum();
    }

    private static long households(Predicate<Household> which) {
        return DEMO.households.stream().filter(which).count();
    }

    @Test
    void theSameSeedGivesTheSameDataSet() {
        JinzhongDataSet again = JinzhongDataSet.generate();
        assertThat(again.summary()).isEqualTo(DEMO.summary());
        for (County county : County.ALL) {
            assertThat(HouseholdSteps.csv(again, county, idsByIndex(again))).isEqualTo(HouseholdSteps.csv(DEMO, county, idsByIndex(DEMO)));
        }
    }

    /** Ids for the sites and villages the import files name, as if the gateway had numbered them. */
    private static GatewayIds idsByIndex(JinzhongDataSet data) {
        GatewayIds ids = new GatewayIds();
        data.sites.forEach(site -> ids.remember(site, "site-" + site.index));
        data.villages.forEach(village -> ids.remember(village, "village-" + village.index));
        return ids;
    }

    @Test
    void relocationMoveInsAndPovertyExitMatchThePublishedFigures() {
        assertThat(people(h -> true)).isEqualTo(26_533);
        assertThat(people(h -> h.category.equals("REGISTERED_POOR"))).isEqualTo(22_909);
        assertThat(people(h -> h.category.equals("CO_RELOCATED"))).isEqualTo(3_624);
        assertThat(households(h -> h.movedIn)).isEqualTo(10_406);
        assertThat(people(h -> h.movedIn)).isEqualTo(26_473);
        assertThat(households(h -> h.lifted)).isEqualTo(6_999);
        assertThat(people(h -> h.lifted)).isEqualTo(19_850);
        assertThat(DEMO.households).allSatisfy(h -> assertThat(h.members.size()).isBetween(1, 7));
        assertThat(DEMO.sites).hasSize(25);
        assertThat(DEMO.villages).hasSize(158).allSatisfy(v -> assertThat(v.households).isPositive());
    }

    @Test
    void theCountiesQuotasAddUpToTheProvincesTaskAndOnlyYusheRelocatedMoreThanItsQuota() {
        Map<County, Integer> tasks = DEMO.relocationTasks();
        assertThat(tasks.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(26_426);
        for (County county : County.ALL) {
            int relocated = people(h -> h.county.equals(county));
            assertThat(tasks.get(county)).as(county.code())
                    .isEqualTo(county.equals(County.YUSHE) ? relocated - 107 : relocated);
        }
    }

    @Test
    void homesteadsAreDemolishedAndReclaimedAsPublishedAndFullyInXiyangAndLingshi() {
        assertThat(households(h -> h.demolished)).isEqualTo(10_353);
        assertThat(households(h -> h.reclaimed)).isEqualTo(6_768);
        assertThat(households(h -> h.demolished && !h.homestead)).isZero();
        for (String county : List.of("140724", "140729")) {
            Predicate<Household> inCounty = h -> h.county.code().equals(county) && h.homestead;
            assertThat(households(inCounty.and(h -> h.reclaimed))).as(county).isPositive().isEqualTo(households(inCounty));
        }
    }

    @Test
    void idNumbersAreUniqueWithValidCheckDigitsAndBirthDatesThatFitTheRelation() {
        Set<String> seen = new HashSet<>();
        for (Household household : DEMO.households) {
            LocalDate head = birth(household.members.get(0));
            for (Member member : household.members) {
                assertThat(seen.add(member.idNumber)).as(member.idNumber).isTrue();
                assertThat(IdNumbers.of(member.idNumber.substring(0, 6), member.idNumber.substring(6, 14),
                        Integer.parseInt(member.idNumber.substring(14, 17)))).isEqualTo(member.idNumber);
                assertThat(member.idNumber).startsWith(household.county.code());
                if (member.relation.equals("CHILD")) {
                    assertThat(birth(member)).isAfter(head.plusYears(15));
                }
                assertThat(member.name).startsWith("测试");
            }
        }
    }

    private static LocalDate birth(Member member) {
        return LocalDate.parse(member.idNumber.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    @Test
    void placementsAreTheReportsAndEachIsAMovedInMemberWithLabourCapacity() {
        FollowUpSupport followUp = DEMO.followUp;
        assertThat(followUp.jobs).hasSize(PublishedFigures.PLACEMENTS);
        assertThat(followUp.jobs.stream().map(Job::memberRef).distinct()).hasSize(PublishedFigures.PLACEMENTS);
        assertThat(followUp.jobs).allSatisfy(job -> {
            assertThat(job.household().movedIn).isTrue();
            assertThat(job.household().members.get(job.member()).labour).isTrue();
            assertThat(job.workshop() != null).isEqualTo(job.channel().equals("WORKSHOP"));
            if (job.workshop() != null) {
                assertThat(job.workshop().running()).isTrue();
                assertThat(job.workshop().county()).isEqualTo(job.household().county);
            }
        });
        Map<County, Long> workshopJobs = followUp.jobs.stream().filter(j -> j.workshop() != null)
                .collect(Collectors.groupingBy(j -> j.household().county, Collectors.counting()));
        assertThat(workshopJobs).containsEntry(County.HESHUN, 263L).containsEntry(County.YUSHE, 327L)
                .containsEntry(County.XIYANG, 400L);
        assertThat(followUp.jobs.stream().filter(j -> j.household().county.equals(County.ZUOQUAN))).hasSize(1_254);
        assertThat(followUp.workshops.stream().filter(w -> w.county().equals(County.YUSHE))).hasSize(14)
                .filteredOn(FollowUpSupport.Workshop::running).hasSize(12);
        assertThat(followUp.workshops.stream().filter(w -> w.county().equals(County.HESHUN))
                .mapToInt(FollowUpSupport.Workshop::jobsOffered).sum()).isEqualTo(422);
    }

    @Test
    void theCountyProjectsCoverThePublishedHouseholdsAndEveryRegisteredPoorHousehold() {
        Map<String, List<Household>> beneficiaries = DEMO.followUp.projects.stream()
                .collect(Collectors.toMap(FollowUpSupport.Project::key, FollowUpSupport.Project::beneficiaries));
        assertThat(beneficiaries.get("heshun-mushroom")).hasSize(1_355).doesNotHaveDuplicates();
        assertThat(beneficiaries.get("zuoquan-pv")).hasSize(620).doesNotHaveDuplicates();
        assertThat(beneficiaries.get("yushe-herbs")).hasSize(2_604).doesNotHaveDuplicates();
        assertThat(beneficiaries.get("yushe-herbs").stream().mapToInt(h -> h.members.size()).sum()).isEqualTo(6_105);
        assertThat(beneficiaries.get("yushe-herbs")).allSatisfy(h -> assertThat(h.county).isEqualTo(County.YUSHE));
        Set<Household> covered = beneficiaries.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(covered).containsAll(DEMO.households.stream().filter(h -> h.category.equals("REGISTERED_POOR")).toList());
    }

    @Test
    void trainingsJobFairsAndCommunitiesHoldTheCountyDetails() {
        FollowUpSupport followUp = DEMO.followUp;
        assertThat(followUp.trainings).hasSize(36);
        assertThat(followUp.trainings.stream().mapToInt(FollowUpSupport.Training::trainees).sum()).isEqualTo(1_041);
        assertThat(followUp.trainings.stream().mapToInt(FollowUpSupport.Training::employedAfter).sum()).isEqualTo(660);
        assertThat(followUp.jobFairs.stream().mapToInt(FollowUpSupport.JobFair::registrations).sum()).isEqualTo(2_875);
        assertThat(followUp.jobFairs).allSatisfy(fair -> assertThat(fair.hires()).isLessThanOrEqualTo(fair.registrations()));

        Communities communities = DEMO.communities;
        Map<String, Long> facilities = communities.facilities.stream()
                .collect(Collectors.groupingBy(Communities.Facility::type, Collectors.counting()));
        assertThat(facilities).containsEntry("CLINIC", 28L).containsEntry("PRIMARY_SCHOOL", 20L).containsEntry("KINDERGARTEN", 15L)
                .containsEntry("ACTIVITY_ROOM", 24L).containsEntry("CULTURE_SQUARE", 22L).containsEntry("COMMUNITY_SERVICE_STATION", 36L)
                .containsEntry("ELDERLY_HOME", 1L).containsEntry("BUS_LINE", 1L);
        assertThat(DEMO.sites.stream().filter(s -> s.county.equals(County.HESHUN)).mapToInt(communities::groupsAt).sum())
                .isEqualTo(41);
        assertThat(communities.requests).hasSize(25 * Communities.REQUESTS_PER_SITE)
                .allSatisfy(request -> assertThat(request.household().site).isEqualTo(request.site()));
    }
}
