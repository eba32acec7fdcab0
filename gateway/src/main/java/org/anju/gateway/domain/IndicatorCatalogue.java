package org.anju.gateway.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.anju.gateway.domain.Scope.Level.CITY;
import static org.anju.gateway.domain.Scope.Level.COUNTY;
import static org.anju.gateway.domain.Scope.Level.SITE;

/**
 * Every indicator the gateway serves (docs/domain.md, "Indicators"): what it counts, where it exists
 * and which topic moves it. Its texts (label, numerator and denominator definitions) are in the
 * message bundles under {@code indicator.<id>.*}.
 */
public final class IndicatorCatalogue {

    private static final Set<Scope.Level> ALL = Set.of(CITY, COUNTY, SITE);
    private static final Set<Scope.Level> CITY_AND_COUNTY = Set.of(CITY, COUNTY);
    private static final Set<Scope.Level> CITY_ONLY = Set.of(CITY);

    private static final Map<String, Counter> COUNTER_TARGETS = Map.of("relocation.people", Counter.TASK_PEOPLE);

    private final Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();

    public IndicatorCatalogue(List<IndicatorDefinition> definitions) {
        definitions.forEach(definition -> {
            if (byId.put(definition.id(), definition) != null) {
                throw new IllegalArgumentException("indicator defined twice: " + definition.id());
            }
        });
    }

    public static IndicatorCatalogue standard() {
        List<IndicatorDefinition> all = new ArrayList<>();
        all.addAll(relocation(new Topic("households.v1")));
        all.addAll(funding(new Topic("funding.v1")));
        all.addAll(industry(new Topic("industry.v1")));
        all.addAll(governance(new Topic("governance.v1")));
        return new IndicatorCatalogue(all);
    }

    public List<IndicatorDefinition> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /** A target that is itself a counter of the same scope: the relocation task is the plan for relocated people. */
    public Optional<Counter> counterTarget(String indicatorId) {
        return Optional.ofNullable(COUNTER_TARGETS.get(indicatorId));
    }

    public Optional<IndicatorDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<IndicatorDefinition> at(Scope.Level level) {
        return byId.values().stream().filter(definition -> definition.existsAt(level)).toList();
    }

    /** What a counter counts in: the unit of the count or amount that shows it (yuan for funds), else a plain count. */
    public Unit unitOf(Counter counter) {
        return byId.values().stream()
                .filter(definition -> !definition.isRate() && definition.numerator() == counter)
                .map(IndicatorDefinition::unit)
                .findFirst()
                .orElse(Unit.COUNT);
    }

    /** The indicators whose counters the events of one topic move. */
    private record Topic(String name) {

        IndicatorDefinition count(String id, Unit unit, Counter counter, Set<Scope.Level> levels) {
            return new IndicatorDefinition(id, unit, counter, null, levels, null, name);
        }

        /** A count or amount whose parts are kept too (by source, county, purpose, type). */
        IndicatorDefinition split(String id, Unit unit, Counter counter, Set<Scope.Level> levels) {
            return new IndicatorDefinition(id, unit, counter, null, levels, counter, name);
        }

        IndicatorDefinition rate(String id, Counter numerator, Counter denominator, Set<Scope.Level> levels) {
            return new IndicatorDefinition(id, Unit.RATIO, numerator, denominator, levels, null, name);
        }

        /** An amount in yuan per unit of the denominator (per household, per person). */
        IndicatorDefinition perUnit(String id, Counter numerator, Counter denominator, Set<Scope.Level> levels) {
            return new IndicatorDefinition(id, Unit.YUAN, numerator, denominator, levels, null, name);
        }
    }

    /** Counters maintained by {@code HouseholdsProjector}. */
    private static List<IndicatorDefinition> relocation(Topic households) {
        return List.of(
                households.rate("relocation.task-completion", Counter.PEOPLE, Counter.TASK_PEOPLE, CITY_AND_COUNTY),
                households.count("relocation.people", Unit.PEOPLE, Counter.PEOPLE, ALL),
                households.count("relocation.people.registered-poor", Unit.PEOPLE, Counter.PEOPLE_REGISTERED_POOR, ALL),
                households.count("relocation.people.co-relocated", Unit.PEOPLE, Counter.PEOPLE_CO_RELOCATED, ALL),
                households.count("relocation.households", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS, ALL),
                households.count("relocation.task.people", Unit.PEOPLE, Counter.TASK_PEOPLE, CITY_AND_COUNTY),
                households.count("occupancy.households", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_MOVED_IN, ALL),
                households.count("occupancy.people", Unit.PEOPLE, Counter.PEOPLE_MOVED_IN, ALL),
                households.count("occupancy.registered-poor.people", Unit.PEOPLE, Counter.PEOPLE_MOVED_IN_REGISTERED_POOR, ALL),
                households.rate("occupancy.rate", Counter.PEOPLE_MOVED_IN, Counter.PEOPLE, ALL),
                households.rate("occupancy.registered-poor.rate", Counter.PEOPLE_MOVED_IN_REGISTERED_POOR, Counter.PEOPLE_REGISTERED_POOR, ALL),
                // people at sites by the site's placement mode (derived when read: PlacementModes); the plan is 80% in county towns
                households.split("placement.people", Unit.PEOPLE, Counter.PEOPLE_PLACED, CITY_AND_COUNTY),
                households.rate("placement.county-town.share", Counter.PEOPLE_PLACED_COUNTY_TOWN, Counter.PEOPLE_PLACED, CITY_AND_COUNTY),
                households.count("sites.count", Unit.SITES, Counter.SITES, CITY_AND_COUNTY),
                households.count("sites.completed", Unit.SITES, Counter.SITES_COMPLETED, CITY_AND_COUNTY),
                households.rate("sites.completion", Counter.SITES_COMPLETED, Counter.SITES, CITY_AND_COUNTY),
                households.count("poverty.lifted.households", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_LIFTED, ALL),
                households.count("poverty.lifted.people", Unit.PEOPLE, Counter.PEOPLE_LIFTED, ALL),
                households.rate("poverty.lifted.rate", Counter.PEOPLE_LIFTED, Counter.PEOPLE_REGISTERED_POOR, ALL),
                households.count("homestead.to-demolish", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_HOMESTEAD, ALL),
                households.count("homestead.demolished", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_HOMESTEAD_DEMOLISHED, ALL),
                households.count("homestead.reclaimed", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_HOMESTEAD_RECLAIMED, ALL),
                households.rate("homestead.demolition.rate", Counter.HOUSEHOLDS_HOMESTEAD_DEMOLISHED, Counter.HOUSEHOLDS_HOMESTEAD, ALL),
                households.rate("homestead.reclamation.rate", Counter.HOUSEHOLDS_HOMESTEAD_RECLAIMED, Counter.HOUSEHOLDS_HOMESTEAD, ALL),
                households.count("village.count", Unit.VILLAGES, Counter.VILLAGES, CITY_AND_COUNTY),
                households.count("village.relocated", Unit.VILLAGES, Counter.VILLAGES_RELOCATED, CITY_AND_COUNTY),
                households.count("village.demolished", Unit.VILLAGES, Counter.VILLAGES_DEMOLISHED, CITY_AND_COUNTY),
                households.count("village.reclaimed", Unit.VILLAGES, Counter.VILLAGES_RECLAIMED, CITY_AND_COUNTY),
                households.rate("village.relocated.rate", Counter.VILLAGES_RELOCATED, Counter.VILLAGES, CITY_AND_COUNTY),
                households.rate("village.demolished.rate", Counter.VILLAGES_DEMOLISHED, Counter.VILLAGES, CITY_AND_COUNTY),
                households.rate("village.reclaimed.rate", Counter.VILLAGES_RECLAIMED, Counter.VILLAGES, CITY_AND_COUNTY));
    }

    /** Counters maintained by {@code FundingProjector}. */
    private static List<IndicatorDefinition> funding(Topic funding) {
        return List.of(
                funding.split("funds.received", Unit.YUAN, Counter.FUNDS_RECEIVED, CITY_ONLY),
                funding.split("funds.disbursed", Unit.YUAN, Counter.FUNDS_DISBURSED, CITY_AND_COUNTY),
                funding.rate("funds.disbursement.rate", Counter.FUNDS_DISBURSED, Counter.FUNDS_RECEIVED, CITY_ONLY),
                funding.split("funds.spent", Unit.YUAN, Counter.FUNDS_SPENT, CITY_AND_COUNTY));
    }

    /** Counters maintained by {@code IndustryProjector} (and the registered-poor population from households). */
    private static List<IndicatorDefinition> industry(Topic industry) {
        return List.of(
                industry.rate("industry.coverage", Counter.PEOPLE_COVERED_REGISTERED_POOR, Counter.PEOPLE_REGISTERED_POOR, ALL),
                industry.count("industry.covered.people", Unit.PEOPLE, Counter.PEOPLE_COVERED_REGISTERED_POOR, ALL),
                industry.count("industry.projects", Unit.COUNT, Counter.INDUSTRY_PROJECTS, ALL),
                industry.count("industry.investment", Unit.YUAN, Counter.INDUSTRY_INVESTMENT, ALL),
                industry.count("employment.placed", Unit.PEOPLE, Counter.EMPLOYMENT_ACTIVE, ALL),
                industry.rate("employment.household-coverage", Counter.EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED,
                        Counter.EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR, ALL),
                // the employment rate's denominator on its own: moved-in households (not every registered one, as relocation.households)
                industry.count("employment.households.with-labour", Unit.HOUSEHOLDS, Counter.EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR, ALL),
                industry.count("employment.zero-employment-households", Unit.HOUSEHOLDS, Counter.EMPLOYMENT_HOUSEHOLDS_ZERO, ALL),
                industry.count("workshops.running", Unit.COUNT, Counter.WORKSHOPS_RUNNING, ALL),
                industry.count("workshops.jobs", Unit.COUNT, Counter.WORKSHOPS_JOBS, ALL),
                // income gains (yuan a year), from recorded wages and dividends
                industry.split("income.gain", Unit.YUAN, Counter.INCOME_GAIN, ALL),
                industry.perUnit("income.gain.per-household", Counter.INCOME_GAIN, Counter.HOUSEHOLDS, ALL),
                industry.perUnit("income.gain.per-person", Counter.INCOME_GAIN, Counter.PEOPLE, ALL),
                industry.split("income.dividends", Unit.YUAN, Counter.INCOME_DIVIDENDS, ALL),
                industry.split("income.workshop-wages", Unit.YUAN, Counter.INCOME_WORKSHOP_WAGES, ALL),
                industry.count("training.trainees", Unit.PEOPLE, Counter.TRAINING_TRAINEES, CITY_AND_COUNTY),
                industry.count("training.employed-after", Unit.PEOPLE, Counter.TRAINING_EMPLOYED_AFTER, CITY_AND_COUNTY),
                industry.count("job-fairs.hires", Unit.PEOPLE, Counter.JOB_FAIRS_HIRES, CITY_AND_COUNTY));
    }

    /** Counters maintained by {@code GovernanceProjector}. */
    private static List<IndicatorDefinition> governance(Topic governance) {
        return List.of(
                governance.split("facilities.count", Unit.COUNT, Counter.FACILITIES_OPEN, ALL),
                governance.count("party.branches", Unit.COUNT, Counter.PARTY_BRANCHES, CITY_AND_COUNTY),
                governance.count("party.groups", Unit.COUNT, Counter.PARTY_GROUPS, CITY_AND_COUNTY),
                governance.rate("requests.accepted-on-time.rate", Counter.REQUESTS_ACCEPTED_ON_TIME, Counter.REQUESTS_ACCEPTED, ALL),
                governance.rate("requests.resolved.rate", Counter.REQUESTS_RESOLVED, Counter.REQUESTS, ALL),
                // the median of the resolve-time histogram (ResolveTimeHistogram), whose buckets split the resolved requests
                new IndicatorDefinition("requests.median-resolve-hours", Unit.HOURS, Counter.REQUESTS_RESOLVED, null, ALL,
                        Counter.REQUESTS_RESOLVE_HOURS, governance.name()),
                governance.count("requests.overdue", Unit.COUNT, Counter.REQUESTS_OVERDUE, ALL),
                governance.rate("sites.standard.compliance", Counter.STANDARD_ITEMS_MET, Counter.STANDARD_ITEMS, ALL));
    }
}
