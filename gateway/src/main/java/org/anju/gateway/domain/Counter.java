package org.anju.gateway.domain;

/**
 * Every counter the counting rules ({@link Projector}s) keep per scope, and the only names the
 * indicators ({@link IndicatorCatalogue}) and the data-quality rules ({@link DataQualityRules})
 * read them by. The key is what {@code gw_counters} stores, so changing one needs a rebuild.
 * <p>
 * A split counter keeps its parts next to its total, as {@code <key>:<part>}
 * ({@code funds.received:POLICY_LOAN}, see {@link #part}); {@link #REQUESTS_RESOLVE_HOURS} has parts
 * only (the hour buckets of {@link ResolveTimeHistogram}).
 */
public enum Counter implements CounterKey {

    // households.v1: households (HouseholdsProjector)
    HOUSEHOLDS("households"),
    PEOPLE("people"),
    HOUSEHOLDS_REGISTERED_POOR("households.registered-poor"),
    PEOPLE_REGISTERED_POOR("people.registered-poor"),
    PEOPLE_CO_RELOCATED("people.co-relocated"),
    HOUSEHOLDS_WITH_LABOUR("households.with-labour"),
    HOUSEHOLDS_MOVED_IN("households.moved-in"),
    PEOPLE_MOVED_IN("people.moved-in"),
    PEOPLE_MOVED_IN_REGISTERED_POOR("people.moved-in.registered-poor"),
    HOUSEHOLDS_LIFTED("households.lifted"),
    PEOPLE_LIFTED("people.lifted"),
    HOUSEHOLDS_HOMESTEAD("households.homestead"),
    HOUSEHOLDS_HOMESTEAD_DEMOLISHED("households.homestead-demolished"),
    HOUSEHOLDS_HOMESTEAD_RECLAIMED("households.homestead-reclaimed"),
    // households.v1: sites, villages, relocation tasks
    SITES("sites"),
    SITES_COMPLETED("sites.completed"),
    SITES_PLANNED_PEOPLE("sites.planned-people"),
    VILLAGES("villages"),
    VILLAGES_RELOCATED("villages.relocated"),
    VILLAGES_DEMOLISHED("villages.demolished"),
    VILLAGES_RECLAIMED("villages.reclaimed"),
    TASK_PEOPLE("task.people"),

    // funding.v1 (FundingProjector): split by source, county or purpose
    FUNDS_RECEIVED("funds.received"),
    FUNDS_DISBURSED("funds.disbursed"),
    FUNDS_SPENT("funds.spent"),

    // industry.v1 (IndustryProjector)
    INDUSTRY_PROJECTS("industry.projects"),
    INDUSTRY_PROJECTS_OPERATING("industry.projects.operating"),
    INDUSTRY_INVESTMENT("industry.investment"),
    INDUSTRY_DIVIDENDS("industry.dividends"),
    HOUSEHOLDS_COVERED("households.covered"),
    PEOPLE_COVERED_REGISTERED_POOR("people.covered.registered-poor"),
    WORKSHOPS("workshops"),
    WORKSHOPS_RUNNING("workshops.running"),
    WORKSHOPS_JOBS("workshops.jobs"),
    EMPLOYMENT_ACTIVE("employment.active"),
    EMPLOYMENT_PLACEMENTS("employment.placements"),
    EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR("employment.households.with-labour"),
    EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED("employment.households.stably-employed"),
    EMPLOYMENT_HOUSEHOLDS_ZERO("employment.households.zero"),
    TRAINING_SESSIONS("training.sessions"),
    TRAINING_TRAINEES("training.trainees"),
    TRAINING_EMPLOYED_AFTER("training.employed-after"),
    JOB_FAIRS("job-fairs"),
    JOB_FAIRS_REGISTRATIONS("job-fairs.registrations"),
    JOB_FAIRS_HIRES("job-fairs.hires"),

    // governance.v1 (GovernanceProjector)
    PARTY_BRANCHES("party.branches"),
    PARTY_GROUPS("party.groups"),
    PARTY_GROUP_MEMBERS("party.group-members"),
    FACILITIES_OPEN("facilities.open"),
    REQUESTS("requests"),
    REQUESTS_ACCEPTED("requests.accepted"),
    REQUESTS_ACCEPTED_ON_TIME("requests.accepted-on-time"),
    REQUESTS_RESOLVED("requests.resolved"),
    REQUESTS_OVERDUE("requests.overdue"),
    REQUESTS_RESOLVE_HOURS("requests.resolve-hours"),
    STANDARD_SITES("standard.sites"),
    STANDARD_SITES_COMPLIANT("standard.sites.compliant"),
    STANDARD_ITEMS_MET("standard.items.met"),
    STANDARD_ITEMS("standard.items"),
    ACTIVITIES("activities"),
    ACTIVITIES_PARTICIPANTS("activities.participants"),
    AWARDS("awards");

    private final String key;

    Counter(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** One part of this counter: {@code funds.received:POLICY_LOAN}, {@code requests.resolve-hours:8}. */
    public Part part(Object part) {
        return new Part(this, String.valueOf(part));
    }

    /** Whether {@code key} names a part of this counter, e.g. {@code funds.spent:HOUSING_SUBSIDY} of {@link #FUNDS_SPENT}. */
    public boolean isPartKey(String key) {
        return key.startsWith(this.key + ":");
    }

    /** The part {@code key} names, e.g. {@code HOUSING_SUBSIDY}; see {@link #isPartKey}. */
    public String partOf(String key) {
        return key.substring(this.key.length() + 1);
    }

    /** One part of a split counter, counted under {@code <counter>:<part>}. */
    public record Part(Counter counter, String part) implements CounterKey {

        @Override
        public String key() {
            return counter.key() + ":" + part;
        }
    }
}
