package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import static org.anju.gateway.domain.Counter.EMPLOYMENT_ACTIVE;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_HOUSEHOLDS_ZERO;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_PLACEMENTS;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_COVERED;
import static org.anju.gateway.domain.Counter.INDUSTRY_DIVIDENDS;
import static org.anju.gateway.domain.Counter.INDUSTRY_INVESTMENT;
import static org.anju.gateway.domain.Counter.INDUSTRY_PROJECTS;
import static org.anju.gateway.domain.Counter.INDUSTRY_PROJECTS_OPERATING;
import static org.anju.gateway.domain.Counter.JOB_FAIRS;
import static org.anju.gateway.domain.Counter.JOB_FAIRS_HIRES;
import static org.anju.gateway.domain.Counter.JOB_FAIRS_REGISTRATIONS;
import static org.anju.gateway.domain.Counter.PEOPLE_COVERED_REGISTERED_POOR;
import static org.anju.gateway.domain.Counter.TRAINING_EMPLOYED_AFTER;
import static org.anju.gateway.domain.Counter.TRAINING_SESSIONS;
import static org.anju.gateway.domain.Counter.TRAINING_TRAINEES;
import static org.anju.gateway.domain.Counter.WORKSHOPS;
import static org.anju.gateway.domain.Counter.WORKSHOPS_JOBS;
import static org.anju.gateway.domain.Counter.WORKSHOPS_RUNNING;

/** Counters from {@code industry.v1}: projects, coverage, workshops, employment, training and job fairs. */
public final class IndustryProjector implements Projector {

    public static final String PROJECT = "project";
    public static final String BENEFICIARY = "beneficiary";
    public static final String WORKSHOP = "workshop";
    public static final String EMPLOYMENT = "employment";
    public static final String HOUSEHOLD_EMPLOYMENT = "household-employment";
    public static final String TRAINING = "training";
    public static final String JOB_FAIR = "job-fair";

    @Override
    public Contributions contributions(String kind, JsonNode snapshot) {
        Scope county = Snapshots.county(snapshot);
        Scope site = Snapshots.site(snapshot);
        return switch (kind) {
            case PROJECT -> Contributions.none()
                    .count(INDUSTRY_PROJECTS, !"CLOSED".equals(snapshot.path("status").asText()), Scope.CITY, county, site)
                    .count(INDUSTRY_PROJECTS_OPERATING, "OPERATING".equals(snapshot.path("status").asText()), Scope.CITY, county, site)
                    .add(INDUSTRY_INVESTMENT, Snapshots.amount(snapshot.path("investment")), Scope.CITY, county, site);
            case BENEFICIARY -> beneficiary(snapshot, county, site);
            case WORKSHOP -> {
                boolean running = "OPERATING".equals(snapshot.path("status").asText());
                yield Contributions.none()
                        .count(WORKSHOPS, true, Scope.CITY, county, site)
                        .count(WORKSHOPS_RUNNING, running, Scope.CITY, county, site)
                        .add(WORKSHOPS_JOBS, running ? snapshot.path("jobsOffered").asLong() : 0, Scope.CITY, county, site);
            }
            case EMPLOYMENT -> Contributions.none()
                    .count(EMPLOYMENT_ACTIVE, "ACTIVE".equals(snapshot.path("status").asText()), Scope.CITY, county, site)
                    .count(EMPLOYMENT_PLACEMENTS, true, Scope.CITY, county, site);
            case HOUSEHOLD_EMPLOYMENT -> householdEmployment(snapshot, county, site);
            case TRAINING -> Contributions.none()
                    .add(TRAINING_SESSIONS, snapshot.path("sessions").asLong(), Scope.CITY, county)
                    .add(TRAINING_TRAINEES, snapshot.path("trainees").asLong(), Scope.CITY, county)
                    .add(TRAINING_EMPLOYED_AFTER, snapshot.path("employedAfter").asLong(), Scope.CITY, county);
            case JOB_FAIR -> Contributions.none()
                    .count(JOB_FAIRS, true, Scope.CITY, county)
                    .add(JOB_FAIRS_REGISTRATIONS, snapshot.path("registrations").asLong(), Scope.CITY, county)
                    .add(JOB_FAIRS_HIRES, snapshot.path("hires").asLong(), Scope.CITY, county);
            default -> throw new IllegalArgumentException("not an industry kind: " + kind);
        };
    }

    private static Contributions beneficiary(JsonNode beneficiary, Scope county, Scope site) {
        Contributions contributions = Contributions.none()
                .add(INDUSTRY_DIVIDENDS, Snapshots.amount(beneficiary.path("dividendsPaid")), Scope.CITY, county, site);
        if (beneficiary.path("active").asBoolean()) {
            String household = beneficiary.path("householdId").asText();
            // a household in two projects is covered once
            contributions.distinct(HOUSEHOLDS_COVERED, household, 1, Scope.CITY, county, site);
            if ("REGISTERED_POOR".equals(beneficiary.path("category").asText())) {
                contributions.distinct(PEOPLE_COVERED_REGISTERED_POOR, household, beneficiary.path("memberCount").asLong(),
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
                .count(EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR, true, Scope.CITY, county, site)
                .count(EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED, household.path("stablyEmployed").asBoolean(), Scope.CITY, county, site)
                .count(EMPLOYMENT_HOUSEHOLDS_ZERO, household.path("zeroEmployment").asBoolean(), Scope.CITY, county, site);
    }
}
