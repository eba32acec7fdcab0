package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

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

/** Counters from {@code households.v1}: households, sites, relocation tasks and deep-poverty villages. */
public final class HouseholdsProjector implements Projector {

    public static final String HOUSEHOLD = "household";
    public static final String SITE = "site";
    public static final String VILLAGE = "village";
    public static final String RELOCATION_TASK = "relocation-task";

    @Override
    public Contributions contributions(String kind, JsonNode snapshot) {
        Scope county = Snapshots.county(snapshot);
        return switch (kind) {
            case HOUSEHOLD -> household(snapshot, county);
            case SITE -> Contributions.none()
                    .count(SITES, true, Scope.CITY, county)
                    .count(SITES_COMPLETED, "COMPLETED".equals(snapshot.path("status").asText()), Scope.CITY, county)
                    .add(SITES_PLANNED_PEOPLE, snapshot.path("plannedPeople").asLong(), Scope.CITY, county);
            case VILLAGE -> village(snapshot, county);
            case RELOCATION_TASK -> Contributions.none()
                    .add(TASK_PEOPLE, snapshot.path("plannedPeople").asLong(), Scope.CITY, county);
            default -> throw new IllegalArgumentException("not a households kind: " + kind);
        };
    }

    private static Contributions household(JsonNode household, Scope county) {
        if (household.path("removed").asBoolean(false)) {
            return Contributions.none();
        }
        Scope[] scopes = {Scope.CITY, county, Snapshots.site(household)};
        long members = household.path("memberCount").asLong();
        boolean registeredPoor = "REGISTERED_POOR".equals(household.path("category").asText());
        boolean movedIn = "MOVED_IN".equals(household.path("status").asText());
        boolean lifted = "LIFTED".equals(household.path("povertyStatus").asText());
        String homestead = household.path("homesteadStatus").asText();
        return Contributions.none()
                .add(HOUSEHOLDS, 1, scopes)
                .add(PEOPLE, members, scopes)
                .count(HOUSEHOLDS_REGISTERED_POOR, registeredPoor, scopes)
                .add(PEOPLE_REGISTERED_POOR, registeredPoor ? members : 0, scopes)
                .add(PEOPLE_CO_RELOCATED, registeredPoor ? 0 : members, scopes)
                .count(HOUSEHOLDS_WITH_LABOUR, household.path("labourCapacityCount").asLong() > 0, scopes)
                .count(HOUSEHOLDS_MOVED_IN, movedIn, scopes)
                .add(PEOPLE_MOVED_IN, movedIn ? members : 0, scopes)
                .add(PEOPLE_MOVED_IN_REGISTERED_POOR, movedIn && registeredPoor ? members : 0, scopes)
                .count(HOUSEHOLDS_LIFTED, lifted, scopes)
                .add(PEOPLE_LIFTED, lifted ? members : 0, scopes)
                .count(HOUSEHOLDS_HOMESTEAD, !"NONE_TO_DEMOLISH".equals(homestead), scopes)
                .count(HOUSEHOLDS_HOMESTEAD_DEMOLISHED, Set.of("DEMOLISHED", "RECLAIMED").contains(homestead), scopes)
                .count(HOUSEHOLDS_HOMESTEAD_RECLAIMED, "RECLAIMED".equals(homestead), scopes);
    }

    private static Contributions village(JsonNode village, Scope county) {
        String status = village.path("status").asText();
        return Contributions.none()
                .count(VILLAGES, true, Scope.CITY, county)
                .count(VILLAGES_RELOCATED, Set.of("RELOCATED", "DEMOLISHED", "RECLAIMED").contains(status), Scope.CITY, county)
                .count(VILLAGES_DEMOLISHED, Set.of("DEMOLISHED", "RECLAIMED").contains(status), Scope.CITY, county)
                .count(VILLAGES_RECLAIMED, "RECLAIMED".equals(status), Scope.CITY, county);
    }
}
