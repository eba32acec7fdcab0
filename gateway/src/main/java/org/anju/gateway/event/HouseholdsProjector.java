package org.anju.gateway.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Scope;
import org.anju.platform.events.EventEnvelope;

import java.util.Optional;
import java.util.Set;

/** Counters from {@code households.v1}: households, sites, relocation tasks and deep-poverty villages. */
@ApplicationScoped
public class HouseholdsProjector implements Projector {

    private static final EventKinds KINDS = new EventKinds("households-service")
            .kind("household", "Household*", "HousingAllocated", "Homestead*")
            .kind("site", "Site*")
            .kind("village", "Village*")
            .kind("relocation-task", "RelocationTaskSet");

    @Override
    public Optional<String> kindOf(EventEnvelope event) {
        return KINDS.of(event);
    }

    @Override
    public Contributions contributions(String kind, JsonNode snapshot) {
        Scope county = Scope.county(snapshot.path("county").asText());
        return switch (kind) {
            case "household" -> household(snapshot, county);
            case "site" -> Contributions.none()
                    .count("sites", true, Scope.CITY, county)
                    .count("sites.completed", "COMPLETED".equals(snapshot.path("status").asText()), Scope.CITY, county)
                    .add("sites.planned-people", snapshot.path("plannedPeople").asLong(), Scope.CITY, county);
            case "village" -> village(snapshot, county);
            case "relocation-task" -> Contributions.none()
                    .add("task.people", snapshot.path("plannedPeople").asLong(), Scope.CITY, county);
            default -> throw new IllegalArgumentException("not a households kind: " + kind);
        };
    }

    private static Contributions household(JsonNode household, Scope county) {
        if (household.path("removed").asBoolean(false)) {
            return Contributions.none();
        }
        JsonNode siteId = household.path("siteId");
        Scope site = siteId.isTextual() ? Scope.site(siteId.asText()) : null;
        Scope[] scopes = {Scope.CITY, county, site};
        long members = household.path("memberCount").asLong();
        boolean registeredPoor = "REGISTERED_POOR".equals(household.path("category").asText());
        boolean movedIn = "MOVED_IN".equals(household.path("status").asText());
        boolean lifted = "LIFTED".equals(household.path("povertyStatus").asText());
        String homestead = household.path("homesteadStatus").asText();
        return Contributions.none()
                .add("households", 1, scopes)
                .add("people", members, scopes)
                .count("households.registered-poor", registeredPoor, scopes)
                .add("people.registered-poor", registeredPoor ? members : 0, scopes)
                .add("people.co-relocated", registeredPoor ? 0 : members, scopes)
                .count("households.with-labour", household.path("labourCapacityCount").asLong() > 0, scopes)
                .count("households.moved-in", movedIn, scopes)
                .add("people.moved-in", movedIn ? members : 0, scopes)
                .add("people.moved-in.registered-poor", movedIn && registeredPoor ? members : 0, scopes)
                .count("households.lifted", lifted, scopes)
                .add("people.lifted", lifted ? members : 0, scopes)
                .count("households.homestead", !"NONE_TO_DEMOLISH".equals(homestead), scopes)
                .count("households.homestead-demolished", Set.of("DEMOLISHED", "RECLAIMED").contains(homestead), scopes)
                .count("households.homestead-reclaimed", "RECLAIMED".equals(homestead), scopes);
    }

    private static Contributions village(JsonNode village, Scope county) {
        String status = village.path("status").asText();
        return Contributions.none()
                .count("villages", true, Scope.CITY, county)
                .count("villages.relocated", Set.of("RELOCATED", "DEMOLISHED", "RECLAIMED").contains(status), Scope.CITY, county)
                .count("villages.demolished", Set.of("DEMOLISHED", "RECLAIMED").contains(status), Scope.CITY, county)
                .count("villages.reclaimed", "RECLAIMED".equals(status), Scope.CITY, county);
    }
}
