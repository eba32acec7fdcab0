package org.anju.gateway.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Scope;
import org.anju.platform.events.EventEnvelope;

import java.math.BigDecimal;
import java.util.Optional;

/** Counters from {@code industry.v1}: projects, coverage, workshops, employment, training and job fairs. */
@ApplicationScoped
public class IndustryProjector implements Projector {

    private static final EventKinds KINDS = new EventKinds("industry-service")
            .kind("project", "Project*")
            .kind("beneficiary", "Beneficiary*", "DividendPaid")
            .kind("workshop", "Workshop*")
            .kind("employment", "Employment*")
            .kind("household-employment", "HouseholdEmploymentChanged")
            .kind("training", "Training*")
            .kind("job-fair", "JobFair*");

    @Override
    public Optional<String> kindOf(EventEnvelope event) {
        return KINDS.of(event);
    }

    @Override
    public Contributions contributions(String kind, JsonNode snapshot) {
        Scope county = Scope.county(snapshot.path("county").asText());
        Scope site = snapshot.path("siteId").isTextual() ? Scope.site(snapshot.path("siteId").asText()) : null;
        return switch (kind) {
            case "project" -> Contributions.none()
                    .count("industry.projects", !"CLOSED".equals(snapshot.path("status").asText()), Scope.CITY, county, site)
                    .count("industry.projects.operating", "OPERATING".equals(snapshot.path("status").asText()), Scope.CITY, county, site)
                    .add("industry.investment", money(snapshot.path("investment")), Scope.CITY, county, site);
            case "beneficiary" -> beneficiary(snapshot, county, site);
            case "workshop" -> {
                boolean running = "OPERATING".equals(snapshot.path("status").asText());
                yield Contributions.none()
                        .count("workshops", true, Scope.CITY, county, site)
                        .count("workshops.running", running, Scope.CITY, county, site)
                        .add("workshops.jobs", running ? snapshot.path("jobsOffered").asLong() : 0, Scope.CITY, county, site);
            }
            case "employment" -> Contributions.none()
                    .count("employment.active", "ACTIVE".equals(snapshot.path("status").asText()), Scope.CITY, county, site)
                    .count("employment.placements", true, Scope.CITY, county, site);
            case "household-employment" -> householdEmployment(snapshot, county, site);
            case "training" -> Contributions.none()
                    .add("training.sessions", snapshot.path("sessions").asLong(), Scope.CITY, county)
                    .add("training.trainees", snapshot.path("trainees").asLong(), Scope.CITY, county)
                    .add("training.employed-after", snapshot.path("employedAfter").asLong(), Scope.CITY, county);
            case "job-fair" -> Contributions.none()
                    .count("job-fairs", true, Scope.CITY, county)
                    .add("job-fairs.registrations", snapshot.path("registrations").asLong(), Scope.CITY, county)
                    .add("job-fairs.hires", snapshot.path("hires").asLong(), Scope.CITY, county);
            default -> throw new IllegalArgumentException("not an industry kind: " + kind);
        };
    }

    private static Contributions beneficiary(JsonNode beneficiary, Scope county, Scope site) {
        Contributions contributions = Contributions.none()
                .add("industry.dividends", money(beneficiary.path("dividendsPaid")), Scope.CITY, county, site);
        if (beneficiary.path("active").asBoolean()) {
            String household = beneficiary.path("householdId").asText();
            // a household in two projects is covered once
            contributions.distinct("households.covered", household, 1, Scope.CITY, county, site);
            if ("REGISTERED_POOR".equals(beneficiary.path("category").asText())) {
                contributions.distinct("people.covered.registered-poor", household, beneficiary.path("memberCount").asLong(),
                        Scope.CITY, county, site);
            }
        }
        return contributions;
    }

    private static Contributions householdEmployment(JsonNode household, Scope county, Scope site) {
        boolean counted = household.path("relocated").asBoolean() && !household.path("removed").asBoolean()
                && household.path("labourCapacityCount").asLong() > 0;
        if (!counted) {
            return Contributions.none();
        }
        return Contributions.none()
                .count("employment.households.with-labour", true, Scope.CITY, county, site)
                .count("employment.households.stably-employed", household.path("stablyEmployed").asBoolean(), Scope.CITY, county, site)
                .count("employment.households.zero", household.path("zeroEmployment").asBoolean(), Scope.CITY, county, site);
    }

    private static BigDecimal money(JsonNode amount) {
        return amount.isTextual() ? new BigDecimal(amount.asText()) : BigDecimal.ZERO;
    }
}
