package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.anju.gateway.domain.Dating.date;

import static org.anju.gateway.domain.Counter.EMPLOYMENT_ACTIVE;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_HOUSEHOLDS_ZERO;
import static org.anju.gateway.domain.Counter.EMPLOYMENT_PLACEMENTS;
import static org.anju.gateway.domain.Counter.HOUSEHOLDS_COVERED;
import static org.anju.gateway.domain.Counter.INCOME_DIVIDENDS;
import static org.anju.gateway.domain.Counter.INCOME_GAIN;
import static org.anju.gateway.domain.Counter.INCOME_WORKSHOP_WAGES;
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

/**
 * Counters from {@code industry.v1}: projects, coverage, workshops, employment, training and job fairs.
 * <p>
 * Dated: a project from its {@code startDate}, else the day it was first recorded; an employment is
 * active from {@code startDate} until its {@code endDate}; a course's trainees from {@code heldTo}
 * (else {@code heldFrom}); a job fair on {@code heldOn}; workshops, beneficiaries (coverage, dividends)
 * and households' employment situations from the day they were first recorded (their events carry no
 * business date).
 */
public final class IndustryProjector implements Projector {

    public static final String PROJECT = "project";
    public static final String BENEFICIARY = "beneficiary";
    public static final String WORKSHOP = "workshop";
    public static final String EMPLOYMENT = "employment";
    public static final String HOUSEHOLD_EMPLOYMENT = "household-employment";
    public static final String TRAINING = "training";
    public static final String JOB_FAIR = "job-fair";

    @Override
    public Contributions contributions(String kind, JsonNode snapshot, Dating dating) {
        Scope county = Snapshots.county(snapshot);
        Scope site = Snapshots.site(snapshot);
        LocalDate recorded = dating.firstRecorded();
        return switch (kind) {
            case PROJECT -> {
                LocalDate started = dating.first(date(snapshot.path("startDate")));
                yield Contributions.none()
                        .count(INDUSTRY_PROJECTS, !"CLOSED".equals(snapshot.path("status").asText()), started, Scope.CITY, county, site)
                        .count(INDUSTRY_PROJECTS_OPERATING, "OPERATING".equals(snapshot.path("status").asText()), started,
                                Scope.CITY, county, site)
                        .add(INDUSTRY_INVESTMENT, Snapshots.amount(snapshot.path("investment")), started, Scope.CITY, county, site);
            }
            case BENEFICIARY -> beneficiary(snapshot, county, site, dating);
            case WORKSHOP -> {
                boolean running = "OPERATING".equals(snapshot.path("status").asText());
                yield Contributions.none()
                        .count(WORKSHOPS, true, recorded, Scope.CITY, county, site)
                        .count(WORKSHOPS_RUNNING, running, recorded, Scope.CITY, county, site)
                        .add(WORKSHOPS_JOBS, running ? snapshot.path("jobsOffered").asLong() : 0, recorded, Scope.CITY, county, site);
            }
            case EMPLOYMENT -> employment(snapshot, county, site, dating);
            case HOUSEHOLD_EMPLOYMENT -> householdEmployment(snapshot, county, site, recorded);
            case TRAINING -> {
                LocalDate held = dating.first(date(snapshot.path("heldTo")), date(snapshot.path("heldFrom")));
                yield Contributions.none()
                        .add(TRAINING_SESSIONS, snapshot.path("sessions").asLong(), held, Scope.CITY, county)
                        .add(TRAINING_TRAINEES, snapshot.path("trainees").asLong(), held, Scope.CITY, county)
                        .add(TRAINING_EMPLOYED_AFTER, snapshot.path("employedAfter").asLong(), held, Scope.CITY, county);
            }
            case JOB_FAIR -> {
                LocalDate held = dating.first(date(snapshot.path("heldOn")));
                yield Contributions.none()
                        .count(JOB_FAIRS, true, held, Scope.CITY, county)
                        .add(JOB_FAIRS_REGISTRATIONS, snapshot.path("registrations").asLong(), held, Scope.CITY, county)
                        .add(JOB_FAIRS_HIRES, snapshot.path("hires").asLong(), held, Scope.CITY, county);
            }
            default -> throw new IllegalArgumentException("not an industry kind: " + kind);
        };
    }

    @Override
    public String recordedAmount(String kind) {
        return BENEFICIARY.equals(kind) ? "dividendsPaid" : null;
    }

    /**
     * Active from its start until its end (an ended job without an end date never counted as active);
     * while active, its monthly income × 12 is an income gain (by channel, and by workshop for workshop jobs).
     */
    private static Contributions employment(JsonNode employment, Scope county, Scope site, Dating dating) {
        LocalDate started = dating.first(date(employment.path("startDate")));
        boolean ended = !"ACTIVE".equals(employment.path("status").asText());
        LocalDate until = ended ? dating.first(date(employment.path("endDate")), started) : null;
        BigDecimal annual = Snapshots.amount(employment.path("monthlyIncome")).multiply(BigDecimal.valueOf(12));
        Contributions contributions = Contributions.none()
                .during(EMPLOYMENT_ACTIVE, BigDecimal.ONE, started, until, Scope.CITY, county, site)
                .count(EMPLOYMENT_PLACEMENTS, true, started, Scope.CITY, county, site)
                .during(INCOME_GAIN, annual, started, until, Scope.CITY, county, site)
                .during(INCOME_GAIN.part(employment.path("channel").asText()), annual, started, until, Scope.CITY, county, site);
        if (employment.path("workshopId").isTextual()) {
            contributions.during(INCOME_WORKSHOP_WAGES, annual, started, until, Scope.CITY, county, site)
                    .during(INCOME_WORKSHOP_WAGES.part(employment.path("workshopId").asText()), annual, started, until,
                            Scope.CITY, county, site);
        }
        return contributions;
    }

    /**
     * Dividends count from the day each was recorded (the events carry no payment date) and, as an
     * income gain, for a year from it; coverage from the day the beneficiary was first recorded.
     */
    private static Contributions beneficiary(JsonNode beneficiary, Scope county, Scope site, Dating dating) {
        LocalDate recorded = dating.firstRecorded();
        String project = beneficiary.path("projectId").asText();
        Contributions contributions = Contributions.none();
        dating.recordedIncrements().forEach((day, paid) -> contributions
                .add(INDUSTRY_DIVIDENDS, paid, day, Scope.CITY, county, site)
                .during(INCOME_DIVIDENDS, paid, day, day.plusYears(1), Scope.CITY, county, site)
                .during(INCOME_DIVIDENDS.part(project), paid, day, day.plusYears(1), Scope.CITY, county, site)
                .during(INCOME_GAIN, paid, day, day.plusYears(1), Scope.CITY, county, site)
                .during(INCOME_GAIN.part("DIVIDENDS"), paid, day, day.plusYears(1), Scope.CITY, county, site));
        if (beneficiary.path("active").asBoolean()) {
            String household = beneficiary.path("householdId").asText();
            // a household in two projects is covered once
            contributions.distinct(HOUSEHOLDS_COVERED, household, 1, recorded, Scope.CITY, county, site);
            if ("REGISTERED_POOR".equals(beneficiary.path("category").asText())) {
                contributions.distinct(PEOPLE_COVERED_REGISTERED_POOR, household, beneficiary.path("memberCount").asLong(),
                        recorded, Scope.CITY, county, site);
            }
        }
        return contributions;
    }

    private static Contributions householdEmployment(JsonNode household, Scope county, Scope site, LocalDate recorded) {
        boolean counted = household.path("relocated").asBoolean() && !household.path("removed").asBoolean()
                && household.path("labourCapacityCount").asLong() > 0;
        if (!counted) {
            return Contributions.none();
        }
        return Contributions.none()
                .count(EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR, true, recorded, Scope.CITY, county, site)
                .count(EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED, household.path("stablyEmployed").asBoolean(), recorded, Scope.CITY, county, site)
                .count(EMPLOYMENT_HOUSEHOLDS_ZERO, household.path("zeroEmployment").asBoolean(), recorded, Scope.CITY, county, site);
    }
}
