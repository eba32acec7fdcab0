package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Set;

import static org.anju.gateway.domain.Dating.date;

import static org.anju.gateway.domain.Counter.HOUSEHOLDS;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_HOMESTEAD;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_HOMESTEAD_DEMOLISHED;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_HOMESTEAD_RECLAIMED;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_LIFTED;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_MOVED_IN;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_REGISTERED_POOR;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_WITH_LABOUR;
import static org.anju.gateway.domain.Counter.PEOPLE;
import static org.anju.gateway.domain.Counter.PEOPLE_CO_RELOCATED;
import static org.anju.gateway.domain.Counter.PEOPLE_LIFTED;
import static org.anju.gateway.domain.Counter.PEOPLE_MOVED_IN;
import static org.anju.gateway.domain.Counter.PEOPLE_MOVED_IN_REGISTERED_POOR;
import static org.anju.gateway.domain.Counter.PEOPLE_REGISTERED_POOR;
import static org.anju.gateway.domain.Counter.SITES;
import static org.anju.gateway.domain.Counter.SITES_COMPLETED;
import static org.anju.gateway.domain.Counter.SITES_PLANNED_PEOPLE;
import static org.anju.gateway.domain.Counter.TASK_PEOPLE;
import static org.anju.gateway.domain.Counter.VILLAGES;
import static org.anju.gateway.domain.Counter.VILLAGES_DEMOLISHED;
import static org.anju.gateway.domain.Counter.VILLAGES_RECLAIMED;
import static org.anju.gateway.domain.Counter.VILLAGES_RELOCATED;

/**
 * Counters from {@code households.v1}: households, sites, relocation tasks and deep-poverty villages.
 * <p>
 * Dated: a household counts as relocated from {@code housingAllocatedOn}, else {@code movedInOn}, else
 * the day it was first recorded; as moved in from {@code movedInOn}; lifted from {@code liftedOn};
 * its homestead demolished from {@code demolishedOn}, reclaimed from {@code reclaimedOn} (each falling
 * back to the date before it). A site exists from {@code constructionStartedOn}, else {@code completedOn},
 * else first recorded, and is completed from {@code completedOn}; a village exists from the earliest of
 * its dates, else first recorded, and is relocated, demolished and reclaimed from those dates; a
 * relocation task counts from the day it was first recorded.
 */
public final class HouseholdsProjector implements Projector {

    public static final String HOUSEHOLD = "household";
    public static final String SITE = "site";
    public static final String VILLAGE = "village";
    public static final String RELOCATION_TASK = "relocation-task";

    @Override
    public Contributions contributions(String kind, JsonNode snapshot, Dating dating) {
        Scope county = Snapshots.county(snapshot);
        return switch (kind) {
            case HOUSEHOLD -> household(snapshot, county, dating);
            case SITE -> {
                LocalDate exists = dating.first(date(snapshot.path("constructionStartedOn")), date(snapshot.path("completedOn")));
                yield Contributions.none()
                        .count(SITES, true, exists, Scope.CITY, county)
                        .count(SITES_COMPLETED, "COMPLETED".equals(snapshot.path("status").asText()),
                                dating.first(date(snapshot.path("completedOn")), exists), Scope.CITY, county)
                        .add(SITES_PLANNED_PEOPLE, snapshot.path("plannedPeople").asLong(), exists, Scope.CITY, county);
            }
            case VILLAGE -> village(snapshot, county, dating);
            case RELOCATION_TASK -> Contributions.none()
                    .add(TASK_PEOPLE, snapshot.path("plannedPeople").asLong(), dating.firstRecorded(), Scope.CITY, county);
            default -> throw new IllegalArgumentException("not a households kind: " + kind);
        };
    }

    private static Contributions household(JsonNode household, Scope county, Dating dating) {
        if (household.path("removed").asBoolean(false)) {
            return Contributions.none();
        }
        Scope[] scopes = {Scope.CITY, county, Snapshots.site(household)};
        long members = household.path("memberCount").asLong();
        boolean registeredPoor = "REGISTERED_POOR".equals(household.path("category").asText());
        boolean movedIn = "MOVED_IN".equals(household.path("status").asText());
        boolean lifted = "LIFTED".equals(household.path("povertyStatus").asText());
        String homestead = household.path("homesteadStatus").asText();
        LocalDate relocated = dating.first(date(household.path("housingAllocatedOn")), date(household.path("movedInOn")));
        LocalDate movedInOn = dating.first(date(household.path("movedInOn")), relocated);
        LocalDate liftedOn = dating.first(date(household.path("liftedOn")), relocated);
        LocalDate demolishedOn = dating.first(date(household.path("demolishedOn")), date(household.path("reclaimedOn")), relocated);
        LocalDate reclaimedOn = dating.first(date(household.path("reclaimedOn")), demolishedOn);
        return Contributions.none()
                .add(HOUSEHOLDS, 1, relocated, scopes)
                .add(PEOPLE, members, relocated, scopes)
                .count(HOUSEHOLDS_REGISTERED_POOR, registeredPoor, relocated, scopes)
                .add(PEOPLE_REGISTERED_POOR, registeredPoor ? members : 0, relocated, scopes)
                .add(PEOPLE_CO_RELOCATED, registeredPoor ? 0 : members, relocated, scopes)
                .count(HOUSEHOLDS_WITH_LABOUR, household.path("labourCapacityCount").asLong() > 0, relocated, scopes)
                .count(HOUSEHOLDS_MOVED_IN, movedIn, movedInOn, scopes)
                .add(PEOPLE_MOVED_IN, movedIn ? members : 0, movedInOn, scopes)
                .add(PEOPLE_MOVED_IN_REGISTERED_POOR, movedIn && registeredPoor ? members : 0, movedInOn, scopes)
                .count(HOUSEHOLDS_LIFTED, lifted, liftedOn, scopes)
                .add(PEOPLE_LIFTED, lifted ? members : 0, liftedOn, scopes)
                .count(HOUSEHOLDS_HOMESTEAD, !"NONE_TO_DEMOLISH".equals(homestead), relocated, scopes)
                .count(HOUSEHOLDS_HOMESTEAD_DEMOLISHED, Set.of("DEMOLISHED", "RECLAIMED").contains(homestead), demolishedOn, scopes)
                .count(HOUSEHOLDS_HOMESTEAD_RECLAIMED, "RECLAIMED".equals(homestead), reclaimedOn, scopes);
    }

    private static Contributions village(JsonNode village, Scope county, Dating dating) {
        String status = village.path("status").asText();
        LocalDate relocatedOn = date(village.path("relocatedOn"));
        LocalDate demolishedOn = date(village.path("demolishedOn"));
        LocalDate reclaimedOn = date(village.path("reclaimedOn"));
        LocalDate exists = dating.earliest(relocatedOn, demolishedOn, reclaimedOn);
        return Contributions.none()
                .count(VILLAGES, true, exists, Scope.CITY, county)
                .count(VILLAGES_RELOCATED, Set.of("RELOCATED", "DEMOLISHED", "RECLAIMED").contains(status),
                        dating.first(relocatedOn, demolishedOn, reclaimedOn), Scope.CITY, county)
                .count(VILLAGES_DEMOLISHED, Set.of("DEMOLISHED", "RECLAIMED").contains(status),
                        dating.first(demolishedOn, reclaimedOn, exists), Scope.CITY, county)
                .count(VILLAGES_RECLAIMED, "RECLAIMED".equals(status), dating.first(reclaimedOn, exists), Scope.CITY, county);
    }
}
