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
    HOUSEHOLDS("households", "household-relocated"),
    PEOPLE("people", "household-relocated"),
    HOUSEHOLDS_REGISTERED_POOR("households.registered-poor", "household-relocated"),
    PEOPLE_REGISTERED_POOR("people.registered-poor", "household-relocated"),
    PEOPLE_CO_RELOCATED("people.co-relocated", "household-relocated"),
    HOUSEHOLDS_WITH_LABOUR("households.with-labour", "household-relocated"),
    HOUSEHOLDS_MOVED_IN("households.moved-in", "household-moved-in"),
    PEOPLE_MOVED_IN("people.moved-in", "household-moved-in"),
    PEOPLE_MOVED_IN_REGISTERED_POOR("people.moved-in.registered-poor", "household-moved-in"),
    HOUSEHOLDS_LIFTED("households.lifted", "household-lifted"),
    PEOPLE_LIFTED("people.lifted", "household-lifted"),
    HOUSEHOLDS_HOMESTEAD("households.homestead", "household-relocated"),
    HOUSEHOLDS_HOMESTEAD_DEMOLISHED("households.homestead-demolished", "homestead-demolished"),
    HOUSEHOLDS_HOMESTEAD_RECLAIMED("households.homestead-reclaimed", "homestead-reclaimed"),
    // households.v1: sites, villages, relocation tasks
    SITES("sites", "site-exists"),
    SITES_COMPLETED("sites.completed", "site-completed"),
    SITES_PLANNED_PEOPLE("sites.planned-people", "site-exists"),
    VILLAGES("villages", "village-exists"),
    VILLAGES_RELOCATED("villages.relocated", "village-relocated"),
    VILLAGES_DEMOLISHED("villages.demolished", "village-demolished"),
    VILLAGES_RECLAIMED("villages.reclaimed", "village-reclaimed"),
    TASK_PEOPLE("task.people", "first-recorded"),
    // derived when read (PlacementModes), never written: people at sites by the site's placement mode
    PEOPLE_PLACED("people.placed", "placement"),
    PEOPLE_PLACED_COUNTY_TOWN("people.placed.county-town", "placement"),

    // funding.v1 (FundingProjector): split by source, county or purpose
    FUNDS_RECEIVED("funds.received", "ledger-entry"),
    FUNDS_DISBURSED("funds.disbursed", "ledger-entry"),
    FUNDS_SPENT("funds.spent", "ledger-entry"),

    // industry.v1 (IndustryProjector)
    INDUSTRY_PROJECTS("industry.projects", "project"),
    INDUSTRY_PROJECTS_OPERATING("industry.projects.operating", "project"),
    INDUSTRY_INVESTMENT("industry.investment", "project"),
    INDUSTRY_DIVIDENDS("industry.dividends", "dividends"),
    HOUSEHOLDS_COVERED("households.covered", "coverage"),
    PEOPLE_COVERED_REGISTERED_POOR("people.covered.registered-poor", "coverage"),
    WORKSHOPS("workshops", "first-recorded"),
    WORKSHOPS_RUNNING("workshops.running", "first-recorded"),
    WORKSHOPS_JOBS("workshops.jobs", "first-recorded"),
    EMPLOYMENT_ACTIVE("employment.active", "employment-active"),
    EMPLOYMENT_PLACEMENTS("employment.placements", "employment-started"),
    EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR("employment.households.with-labour", "first-recorded"),
    EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED("employment.households.stably-employed", "first-recorded"),
    EMPLOYMENT_HOUSEHOLDS_ZERO("employment.households.zero", "first-recorded"),
    TRAINING_SESSIONS("training.sessions", "training"),
    TRAINING_TRAINEES("training.trainees", "training"),
    TRAINING_EMPLOYED_AFTER("training.employed-after", "training"),
    JOB_FAIRS("job-fairs", "job-fair"),
    JOB_FAIRS_REGISTRATIONS("job-fairs.registrations", "job-fair"),
    JOB_FAIRS_HIRES("job-fairs.hires", "job-fair"),
    // income gains (yuan a year): annualised wages of jobs active on the day (parts by channel) plus dividends
    // recorded in the year up to it (part DIVIDENDS); dividends by project; workshop wages by workshop
    INCOME_GAIN("income.gain", "income"),
    INCOME_DIVIDENDS("income.dividends", "dividends"),
    INCOME_WORKSHOP_WAGES("income.workshop-wages", "employment-active"),

    // governance.v1 (GovernanceProjector)
    PARTY_BRANCHES("party.branches", "party-branch"),
    PARTY_GROUPS("party.groups", "party-group"),
    PARTY_GROUP_MEMBERS("party.group-members", "party-group"),
    FACILITIES_OPEN("facilities.open", "facility-open"),
    REQUESTS("requests", "request-submitted"),
    REQUESTS_ACCEPTED("requests.accepted", "request-accepted"),
    REQUESTS_ACCEPTED_ON_TIME("requests.accepted-on-time", "request-accepted"),
    REQUESTS_RESOLVED("requests.resolved", "request-resolved"),
    REQUESTS_OVERDUE("requests.overdue", "request-overdue"),
    REQUESTS_RESOLVE_HOURS("requests.resolve-hours", "request-resolved"),
    STANDARD_SITES("standard.sites", "standard"),
    STANDARD_SITES_COMPLIANT("standard.sites.compliant", "standard"),
    STANDARD_ITEMS_MET("standard.items.met", "standard"),
    STANDARD_ITEMS("standard.items", "standard"),
    ACTIVITIES("activities", "activity"),
    ACTIVITIES_PARTICIPANTS("activities.participants", "activity"),
    AWARDS("awards", "award");

    private final String key;
    private final String dating;

    Counter(String key, String dating) {
        this.key = key;
        this.dating = dating;
    }

    /**
     * Which business date the counter counts its facts from (and until), as the bundle key
     * {@code dating.<rule>} that states it: the same rule for every counter of one kind of fact.
     */
    public String dating() {
        return dating;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * Whether the counter is derived when read rather than written by a projector: people placed by
     * mode are the people counted at each site ({@code site:<id>}) summed by the site's placement mode.
     */
    public boolean isDerived() {
        return this == PEOPLE_PLACED || this == PEOPLE_PLACED_COUNTY_TOWN;
    }

    /**
     * Whether what the counter counts stops counting a year after it started (dividends recorded in
     * the year up to a day): its figure today is its figure as of today, not its changes summed without bound.
     */
    public boolean isWindowed() {
        return this == INCOME_GAIN || this == INCOME_DIVIDENDS;
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
