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

/** Every indicator the gateway serves (docs/domain.md, "Indicators"). */
public final class IndicatorCatalogue {

    private static final Set<Scope.Level> ALL = Set.of(CITY, COUNTY, SITE);
    private static final Set<Scope.Level> CITY_AND_COUNTY = Set.of(CITY, COUNTY);
    private static final String HOUSEHOLDS = "households.v1";

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
        all.addAll(relocation());
        all.addAll(funding());
        all.addAll(industry());
        all.addAll(governance());
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

    private static IndicatorDefinition count(String id, String zh, String en, Unit unit, Counter counter, String definition,
                                             Set<Scope.Level> levels, String topic) {
        return new IndicatorDefinition(id, zh, en, unit, counter, definition, null, null, levels, null, topic);
    }

    private static IndicatorDefinition split(String id, String zh, String en, Unit unit, Counter counter, String definition,
                                             Set<Scope.Level> levels, String topic) {
        return new IndicatorDefinition(id, zh, en, unit, counter, definition, null, null, levels, counter, topic);
    }

    private static IndicatorDefinition rate(String id, String zh, String en, Counter numerator, String numeratorDefinition,
                                            Counter denominator, String denominatorDefinition, Set<Scope.Level> levels, String topic) {
        return new IndicatorDefinition(id, zh, en, Unit.RATIO, numerator, numeratorDefinition, denominator,
                denominatorDefinition, levels, null, topic);
    }

    /** Counters maintained by {@code HouseholdsProjector}. */
    private static List<IndicatorDefinition> relocation() {
        String relocatedPeople = "people of relocated households (all members; households deleted in error excluded)";
        String registeredPoorPeople = "members of relocated registered-poor households (建档立卡)";
        String toDemolish = "relocated households with an old homestead to demolish";
        return List.of(
                rate("relocation.task-completion", "搬迁任务完成率", "Relocation task completion",
                        Counter.PEOPLE, relocatedPeople, Counter.TASK_PEOPLE, "people in the relocation tasks set by the province", CITY_AND_COUNTY, HOUSEHOLDS),
                count("relocation.people", "搬迁人口", "Relocated people", Unit.PEOPLE, Counter.PEOPLE, relocatedPeople, ALL, HOUSEHOLDS),
                count("relocation.people.registered-poor", "建档立卡搬迁人口", "Relocated registered-poor people", Unit.PEOPLE,
                        Counter.PEOPLE_REGISTERED_POOR, registeredPoorPeople, ALL, HOUSEHOLDS),
                count("relocation.people.co-relocated", "同步搬迁人口", "Co-relocated people", Unit.PEOPLE,
                        Counter.PEOPLE_CO_RELOCATED, "members of relocated co-relocated (non-poor) households", ALL, HOUSEHOLDS),
                count("relocation.households", "搬迁户数", "Relocated households", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS,
                        "relocated households (deleted in error excluded)", ALL, HOUSEHOLDS),
                count("relocation.task.people", "搬迁任务人数", "Relocation task", Unit.PEOPLE, Counter.TASK_PEOPLE,
                        "people in the relocation tasks set by the province", CITY_AND_COUNTY, HOUSEHOLDS),
                count("occupancy.households", "入住户数", "Households moved in", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_MOVED_IN,
                        "relocated households that moved in", ALL, HOUSEHOLDS),
                count("occupancy.people", "入住人数", "People moved in", Unit.PEOPLE, Counter.PEOPLE_MOVED_IN,
                        "members of relocated households that moved in", ALL, HOUSEHOLDS),
                count("occupancy.registered-poor.people", "建档立卡入住人数", "Registered-poor people moved in", Unit.PEOPLE,
                        Counter.PEOPLE_MOVED_IN_REGISTERED_POOR, "members of registered-poor households that moved in", ALL, HOUSEHOLDS),
                rate("occupancy.rate", "入住率", "Occupancy rate", Counter.PEOPLE_MOVED_IN, "members of relocated households that moved in",
                        Counter.PEOPLE, relocatedPeople, ALL, HOUSEHOLDS),
                rate("occupancy.registered-poor.rate", "建档立卡入住率", "Registered-poor occupancy rate",
                        Counter.PEOPLE_MOVED_IN_REGISTERED_POOR, "members of registered-poor households that moved in",
                        Counter.PEOPLE_REGISTERED_POOR, registeredPoorPeople, ALL, HOUSEHOLDS),
                count("sites.count", "集中安置点", "Resettlement sites", Unit.SITES, Counter.SITES, "registered resettlement sites", CITY_AND_COUNTY, HOUSEHOLDS),
                count("sites.completed", "已竣工安置点", "Sites completed", Unit.SITES, Counter.SITES_COMPLETED, "sites whose construction is completed", CITY_AND_COUNTY, HOUSEHOLDS),
                rate("sites.completion", "安置点竣工率", "Site completion", Counter.SITES_COMPLETED, "sites whose construction is completed",
                        Counter.SITES, "registered resettlement sites", CITY_AND_COUNTY, HOUSEHOLDS),
                count("poverty.lifted.households", "脱贫户数", "Households lifted out of poverty", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_LIFTED,
                        "registered-poor relocated households lifted out of poverty", ALL, HOUSEHOLDS),
                count("poverty.lifted.people", "脱贫人数", "People lifted out of poverty", Unit.PEOPLE, Counter.PEOPLE_LIFTED,
                        "members of registered-poor relocated households lifted out of poverty", ALL, HOUSEHOLDS),
                rate("poverty.lifted.rate", "脱贫率", "Poverty exit rate", Counter.PEOPLE_LIFTED,
                        "members of registered-poor relocated households lifted out of poverty", Counter.PEOPLE_REGISTERED_POOR, registeredPoorPeople, ALL, HOUSEHOLDS),
                count("homestead.to-demolish", "应拆旧宅户数", "Households with an old homestead to demolish", Unit.HOUSEHOLDS,
                        Counter.HOUSEHOLDS_HOMESTEAD, toDemolish, ALL, HOUSEHOLDS),
                count("homestead.demolished", "旧宅拆除户数", "Old homesteads demolished", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_HOMESTEAD_DEMOLISHED,
                        "households whose old homestead is demolished (or already reclaimed)", ALL, HOUSEHOLDS),
                count("homestead.reclaimed", "复垦户数", "Old homesteads reclaimed", Unit.HOUSEHOLDS, Counter.HOUSEHOLDS_HOMESTEAD_RECLAIMED,
                        "households whose old homestead's land is reclaimed", ALL, HOUSEHOLDS),
                rate("homestead.demolition.rate", "旧宅拆除率", "Homestead demolition rate", Counter.HOUSEHOLDS_HOMESTEAD_DEMOLISHED,
                        "households whose old homestead is demolished (or already reclaimed)", Counter.HOUSEHOLDS_HOMESTEAD, toDemolish, ALL, HOUSEHOLDS),
                rate("homestead.reclamation.rate", "复垦率", "Homestead reclamation rate", Counter.HOUSEHOLDS_HOMESTEAD_RECLAIMED,
                        "households whose old homestead's land is reclaimed", Counter.HOUSEHOLDS_HOMESTEAD, toDemolish, ALL, HOUSEHOLDS),
                count("village.count", "深度贫困自然村", "Deep-poverty natural villages", Unit.VILLAGES, Counter.VILLAGES,
                        "registered deep-poverty natural villages", CITY_AND_COUNTY, HOUSEHOLDS),
                count("village.relocated", "整村搬迁村数", "Villages relocated", Unit.VILLAGES, Counter.VILLAGES_RELOCATED,
                        "villages whose every household moved in", CITY_AND_COUNTY, HOUSEHOLDS),
                count("village.demolished", "拆除村数", "Villages demolished", Unit.VILLAGES, Counter.VILLAGES_DEMOLISHED,
                        "relocated villages whose old houses are demolished", CITY_AND_COUNTY, HOUSEHOLDS),
                count("village.reclaimed", "复垦村数", "Villages reclaimed", Unit.VILLAGES, Counter.VILLAGES_RECLAIMED,
                        "villages whose land is reclaimed", CITY_AND_COUNTY, HOUSEHOLDS),
                rate("village.relocated.rate", "整村搬迁率", "Village relocation rate", Counter.VILLAGES_RELOCATED,
                        "villages whose every household moved in", Counter.VILLAGES, "registered deep-poverty natural villages", CITY_AND_COUNTY, HOUSEHOLDS),
                rate("village.demolished.rate", "村庄拆除率", "Village demolition rate", Counter.VILLAGES_DEMOLISHED,
                        "relocated villages whose old houses are demolished", Counter.VILLAGES, "registered deep-poverty natural villages", CITY_AND_COUNTY, HOUSEHOLDS),
                rate("village.reclaimed.rate", "村庄复垦率", "Village reclamation rate", Counter.VILLAGES_RECLAIMED,
                        "villages whose land is reclaimed", Counter.VILLAGES, "registered deep-poverty natural villages", CITY_AND_COUNTY, HOUSEHOLDS));
    }

    /** Counters maintained by {@code FundingProjector}. */
    private static List<IndicatorDefinition> funding() {
        String funding = "funding.v1";
        return List.of(
                split("funds.received", "到位资金", "Funds received", Unit.YUAN, Counter.FUNDS_RECEIVED,
                        "money the city received, by source (reversed receipts excluded)", Set.of(CITY), funding),
                split("funds.disbursed", "拨付到县资金", "Funds disbursed to counties", Unit.YUAN, Counter.FUNDS_DISBURSED,
                        "money the city disbursed to counties (the city's figure by county, a county's by source)", CITY_AND_COUNTY, funding),
                rate("funds.disbursement.rate", "资金拨付率", "Disbursement rate", Counter.FUNDS_DISBURSED,
                        "money the city disbursed to counties", Counter.FUNDS_RECEIVED, "money the city received", Set.of(CITY), funding),
                split("funds.spent", "资金支出", "Funds spent", Unit.YUAN, Counter.FUNDS_SPENT,
                        "money counties spent, by purpose (reversed expenditures excluded)", CITY_AND_COUNTY, funding));
    }

    /** Counters maintained by {@code IndustryProjector} (and the registered-poor population from households). */
    private static List<IndicatorDefinition> industry() {
        String industry = "industry.v1";
        String withLabour = "relocated households with labour capacity";
        return List.of(
                rate("industry.coverage", "产业覆盖率", "Industry coverage", Counter.PEOPLE_COVERED_REGISTERED_POOR,
                        "members of registered-poor relocated households that benefit from at least one industry project",
                        Counter.PEOPLE_REGISTERED_POOR, "members of relocated registered-poor households", ALL, industry),
                count("industry.covered.people", "产业覆盖人数", "People covered by industry projects", Unit.PEOPLE,
                        Counter.PEOPLE_COVERED_REGISTERED_POOR, "members of registered-poor relocated households in at least one project", ALL, industry),
                count("industry.projects", "产业项目", "Industry projects", Unit.COUNT, Counter.INDUSTRY_PROJECTS, "projects planned or operating", ALL, industry),
                count("industry.investment", "产业投资", "Industry investment", Unit.YUAN, Counter.INDUSTRY_INVESTMENT, "investment in industry projects", ALL, industry),
                count("employment.placed", "就业人数", "People in work", Unit.PEOPLE, Counter.EMPLOYMENT_ACTIVE,
                        "employment records of relocated people that have started and not ended", ALL, industry),
                rate("employment.household-coverage", "有劳动力家庭就业覆盖率", "Employment coverage of households",
                        Counter.EMPLOYMENT_HOUSEHOLDS_STABLY_EMPLOYED, withLabour + " with at least one stably employed member",
                        Counter.EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR, withLabour, ALL, industry),
                count("employment.zero-employment-households", "零就业家庭", "Zero-employment households", Unit.HOUSEHOLDS,
                        Counter.EMPLOYMENT_HOUSEHOLDS_ZERO, withLabour + " without a stably employed member", ALL, industry),
                count("workshops.running", "运营扶贫车间", "Workshops running", Unit.COUNT, Counter.WORKSHOPS_RUNNING, "poverty-alleviation workshops operating", ALL, industry),
                count("workshops.jobs", "车间岗位", "Workshop jobs", Unit.COUNT, Counter.WORKSHOPS_JOBS, "jobs offered by operating workshops", ALL, industry),
                count("training.trainees", "培训人数", "People trained", Unit.PEOPLE, Counter.TRAINING_TRAINEES, "trainees of skills training courses", CITY_AND_COUNTY, industry),
                count("training.employed-after", "培训后就业", "Employed after training", Unit.PEOPLE, Counter.TRAINING_EMPLOYED_AFTER,
                        "trainees employed after their course", CITY_AND_COUNTY, industry),
                count("job-fairs.hires", "招聘会录用", "Job fair hires", Unit.PEOPLE, Counter.JOB_FAIRS_HIRES, "people hired at job fairs", CITY_AND_COUNTY, industry));
    }

    /** Counters maintained by {@code GovernanceProjector}. */
    private static List<IndicatorDefinition> governance() {
        String governance = "governance.v1";
        return List.of(
                split("facilities.count", "配套设施", "Facilities open", Unit.COUNT, Counter.FACILITIES_OPEN,
                        "public facilities near sites that are open, by type", ALL, governance),
                count("party.branches", "联合党支部", "Joint Party branches", Unit.COUNT, Counter.PARTY_BRANCHES, "joint Party branches founded", CITY_AND_COUNTY, governance),
                count("party.groups", "党小组", "Party groups", Unit.COUNT, Counter.PARTY_GROUPS, "Party groups of the joint branches", CITY_AND_COUNTY, governance),
                rate("requests.accepted-on-time.rate", "诉求及时受理率", "Requests accepted on time", Counter.REQUESTS_ACCEPTED_ON_TIME,
                        "requests accepted within the four-firsts deadline", Counter.REQUESTS_ACCEPTED, "requests accepted", ALL, governance),
                rate("requests.resolved.rate", "诉求办结率", "Requests resolved", Counter.REQUESTS_RESOLVED, "requests resolved",
                        Counter.REQUESTS, "requests submitted", ALL, governance),
                new IndicatorDefinition("requests.median-resolve-hours", "诉求办结时长中位数", "Median time to resolve", Unit.HOURS,
                        Counter.REQUESTS_RESOLVED, "hours from submission to resolution, median (hour buckets; 720 means at least 720)",
                        null, null, ALL, Counter.REQUESTS_RESOLVE_HOURS, governance),
                count("requests.overdue", "超时诉求", "Overdue requests", Unit.COUNT, Counter.REQUESTS_OVERDUE,
                        "requests past a four-firsts deadline for their current step", ALL, governance),
                rate("sites.standard.compliance", "五化五通八有达标率", "Site standard compliance", Counter.STANDARD_ITEMS_MET,
                        "checklist items met (五化五通八有)", Counter.STANDARD_ITEMS, "checklist items assessed", ALL, governance));
    }
}
