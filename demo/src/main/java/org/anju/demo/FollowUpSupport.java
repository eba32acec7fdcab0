package org.anju.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.demo.JinzhongDemo.Household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.anju.demo.GatewayClient.JSON;
import static org.anju.demo.JinzhongDemo.COUNTIES;
import static org.anju.demo.JinzhongDemo.COUNTY_NAMES;

/**
 * Follow-up support (后续扶持) for the Jinzhong data set, from the county details in DOMAIN.md: the
 * industry projects and the households they benefit, the workshops, the 4,803 employment placements,
 * trainings and job fairs. Every registered-poor household benefits from at least one project, so
 * industry coverage is as high as the records allow (100%), below the report's 22,946 people.
 * Figures the report does not give (job-fair employers and hires, investment of projects it names
 * without one) are made up and marked 测试 like every name.
 */
final class FollowUpSupport {

    static final int YUSHE = 2, ZUOQUAN = 3, HESHUN = 4, XIYANG = 5, LINGSHI = 9;
    static final int PLACEMENTS = 4_803;
    static final int MUSHROOM_HOUSEHOLDS = 1_355, PV_HOUSEHOLDS = 620, HERBAL_HOUSEHOLDS = 2_604, HERBAL_PEOPLE = 6_105;
    static final String PV_DIVIDENDS = "8321800.00";
    static final int YUSHE_TRAININGS = 36, YUSHE_TRAINEES = 1_041, YUSHE_EMPLOYED_AFTER = 660;
    static final int YUSHE_JOB_FAIRS = 4, YUSHE_REGISTRATIONS = 2_875;

    /** Per county, the placements by channel (in this order): 4,803 in all. */
    static final Map<Integer, Map<String, Integer>> JOBS = new LinkedHashMap<>();

    static {
        JOBS.put(YUSHE, channels("WORKSHOP", 327, "LABOUR_EXPORT", 300, "FLEXIBLE_LOCAL", 273));
        JOBS.put(ZUOQUAN, channels("WORKSHOP", 300, "LABOUR_EXPORT", 500, "ENTERPRISE", 300, "PUBLIC_WELFARE_POST", 154));
        JOBS.put(HESHUN, channels("WORKSHOP", 263, "LABOUR_EXPORT", 200, "ENTERPRISE", 137));
        JOBS.put(XIYANG, channels("WORKSHOP", 400, "PUBLIC_WELFARE_POST", 65, "LABOUR_EXPORT", 236));
        int[] others = {0, 1, 6, 7, 8, 9, 10};
        int[] totals = {200, 160, 360, 120, 228, 140, 140};
        for (int i = 0; i < others.length; i++) {
            int quarter = totals[i] / 4;
            JOBS.put(others[i], channels("LABOUR_EXPORT", totals[i] - 3 * quarter, "ENTERPRISE", quarter,
                    "PUBLIC_WELFARE_POST", quarter, "FLEXIBLE_LOCAL", quarter));
        }
    }

    record Project(String key, int county, String name, String type, String investment, String landAreaMu, String capacity,
                   String capacityUnit, String startDate, String expectedIncrease, List<Household> beneficiaries) {
    }

    record Workshop(String key, int county, int site, String name, String company, int jobsOffered, boolean running) {
    }

    record Job(Household household, int member, String channel, Workshop workshop) {
        String memberRef() {
            return household.registryNumber + "-" + (member + 1);
        }
    }

    record Training(String key, int county, String topic, String heldFrom, String heldTo, int sessions, int trainees, int employedAfter) {
    }

    record JobFair(String key, int county, String heldOn, int employers, int registrations, int hires) {
    }

    final List<Project> projects = new ArrayList<>();
    final List<Workshop> workshops = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    final List<Training> trainings = new ArrayList<>();
    final List<JobFair> jobFairs = new ArrayList<>();
    private final JinzhongDemo demo;
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    FollowUpSupport(JinzhongDemo demo, Random random) {
        this.demo = demo;
        projects(random);
        workshops();
        jobs();
        trainingsAndJobFairs(random);
    }

    private void projects(Random random) {
        Set<Household> covered = new HashSet<>();
        List<Household> heshun = poorFirst(HESHUN);
        projects.add(project("heshun-mushroom", HESHUN, "和顺县食用菌大棚产业园（测试）", "MUSHROOM_GREENHOUSE", "42056300.00",
                "754.20", "1600.00", "greenhouses", "5000.00", heshun.subList(0, MUSHROOM_HOUSEHOLDS), covered));
        projects.add(project("heshun-workshops", HESHUN, "和顺县扶贫车间（测试）", "WORKSHOP", "26000000.00", null, null, null, null,
                List.of(), covered));
        projects.add(project("zuoquan-pv", ZUOQUAN, "左权县村级光伏电站（测试）", "PHOTOVOLTAIC", "8851400.00", null, "46.40", "MW",
                "1100.00", poorFirst(ZUOQUAN).subList(0, PV_HOUSEHOLDS), covered));
        projects.add(project("yushe-herbs", YUSHE, "榆社县中药材与谷子种植（测试）", "HERBAL_MEDICINE", "3000000.00", null, null, null,
                "500.00", herbalHouseholds(), covered));
        List<Household> withoutLabour = demo.households.stream()
                .filter(h -> h.county == LINGSHI && h.members.stream().noneMatch(m -> m.labour)).toList();
        projects.add(project("lingshi-equity", LINGSHI, "灵石县财政扶持·贷资入股·固定分红（测试）", "OTHER", "2000000.00", null, null,
                null, "3000.00", withoutLabour, covered));
        // the city's industry fund, shared by the counties, covers every registered-poor household not yet covered
        for (int c = 0; c < COUNTIES.length; c++) {
            int county = c;
            List<Household> rest = demo.households.stream()
                    .filter(h -> h.county == county && h.category.equals("REGISTERED_POOR") && !covered.contains(h)).toList();
            projects.add(project("equity-" + COUNTIES[c], c, COUNTY_NAMES[c] + "产业扶持资金入股分红（测试）", "OTHER",
                    JinzhongDemo.countyShare("CITY_FISCAL", c).toPlainString(), null, null, null,
                    Integer.toString(600 + random.nextInt(5) * 100) + ".00", rest, covered));
        }
    }

    private static Project project(String key, int county, String name, String type, String investment, String land, String capacity,
                                   String unit, String increase, List<Household> beneficiaries, Set<Household> covered) {
        covered.addAll(beneficiaries);
        return new Project(key, county, name, type, investment, land, capacity, unit, "2017-04-01", increase, List.copyOf(beneficiaries));
    }

    /** The county's households, registered-poor first, each group in the data set's order. */
    private List<Household> poorFirst(int county) {
        return demo.households.stream().filter(h -> h.county == county)
                .sorted(Comparator.comparing((Household h) -> !h.category.equals("REGISTERED_POOR"))).toList();
    }

    /** Exactly 2,604 of Yushe's households with 6,105 people: the first ones, then swapped for smaller ones. */
    private List<Household> herbalHouseholds() {
        List<Household> yushe = poorFirst(YUSHE);
        List<Household> chosen = new ArrayList<>(yushe.subList(0, HERBAL_HOUSEHOLDS));
        List<Household> others = new ArrayList<>(yushe.subList(HERBAL_HOUSEHOLDS, yushe.size()));
        int people = chosen.stream().mapToInt(h -> h.members.size()).sum();
        while (people != HERBAL_PEOPLE) {
            int excess = people - HERBAL_PEOPLE;
            Household out = null, in = null;
            search:
            for (int step = Math.min(Math.abs(excess), 6); step >= 1; step--) {
                for (Household candidate : chosen) {
                    int wanted = candidate.members.size() - Integer.signum(excess) * step;
                    for (Household other : others) {
                        if (other.members.size() == wanted) {
                            out = candidate;
                            in = other;
                            break search;
                        }
                    }
                }
            }
            if (out == null) {
                throw new IllegalStateException("Yushe has no households to make " + HERBAL_PEOPLE + " people of " + HERBAL_HOUSEHOLDS);
            }
            chosen.set(chosen.indexOf(out), in);
            others.set(others.indexOf(in), out);
            people += in.members.size() - out.members.size();
        }
        return chosen;
    }

    private void workshops() {
        addWorkshops(HESHUN, 2, new int[] {211, 211}, 0, "测试和顺菌业有限公司等%d家企业", new int[] {3, 2});
        addWorkshops(ZUOQUAN, 4, new int[] {80, 80, 80, 80}, 0, "测试左权%d号车间运营公司", null);
        int[] yushe = new int[14];
        java.util.Arrays.fill(yushe, 45);
        yushe[13] = 627 - 45 * 13;
        addWorkshops(YUSHE, 14, yushe, 2, "测试榆社%d号扶贫工厂", null);
        addWorkshops(XIYANG, 3, new int[] {140, 135, 130}, 0, "测试昔阳%d号车间企业", null);
    }

    private void addWorkshops(int county, int count, int[] jobsOffered, int suspended, String company, int[] firms) {
        List<JinzhongDemo.Site> sites = demo.sites.stream().filter(s -> s.county == county).toList();
        for (int i = 0; i < count; i++) {
            workshops.add(new Workshop(COUNTIES[county] + "-" + (i + 1), county, sites.get(i % sites.size()).index,
                    COUNTY_NAMES[county] + "扶贫车间" + (i + 1) + "（测试）", company.formatted(firms == null ? i + 1 : firms[i]),
                    jobsOffered[i], i < count - suspended));
        }
    }

    /** Each county's placements: one member of every household with labour capacity first, then their other members. */
    private void jobs() {
        JOBS.forEach((county, channels) -> {
            List<Household> movedIn = demo.households.stream().filter(h -> h.county == county && h.movedIn).toList();
            List<int[]> slots = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                for (int h = 0; h < movedIn.size(); h++) {
                    List<JinzhongDemo.Member> members = movedIn.get(h).members;
                    int seen = 0;
                    for (int m = 0; m < members.size(); m++) {
                        if (members.get(m).labour && seen++ == round) {
                            slots.add(new int[] {h, m});
                        }
                    }
                }
            }
            List<Workshop> running = workshops.stream().filter(w -> w.county == county && w.running).toList();
            int next = 0;
            for (Map.Entry<String, Integer> channel : channels.entrySet()) {
                for (int i = 0; i < channel.getValue(); i++, next++) {
                    if (next >= slots.size()) {
                        throw new IllegalStateException(COUNTIES[county] + " has only " + slots.size() + " members with labour capacity");
                    }
                    int[] slot = slots.get(next);
                    Workshop workshop = channel.getKey().equals("WORKSHOP") ? running.get(i % running.size()) : null;
                    jobs.add(new Job(movedIn.get(slot[0]), slot[1], channel.getKey(), workshop));
                }
            }
        });
    }

    private void trainingsAndJobFairs(Random random) {
        String[] topics = {"中药材种植", "小米加工", "家政服务", "电工", "中式烹调", "电子商务"};
        int[] trainees = split(YUSHE_TRAINEES, YUSHE_TRAININGS), employed = split(YUSHE_EMPLOYED_AFTER, YUSHE_TRAININGS);
        for (int i = 0; i < YUSHE_TRAININGS; i++) {
            String from = java.time.LocalDate.of(2018, 3, 1).plusDays(20L * i).toString();
            trainings.add(new Training("yushe-" + (i + 1), YUSHE, topics[i % topics.length] + "培训班（测试）", from,
                    java.time.LocalDate.parse(from).plusDays(4).toString(), 1 + random.nextInt(3), trainees[i], employed[i]));
        }
        int[] registrations = split(YUSHE_REGISTRATIONS, YUSHE_JOB_FAIRS);
        for (int i = 0; i < YUSHE_JOB_FAIRS; i++) {
            jobFairs.add(new JobFair("yushe-" + (i + 1), YUSHE, (2018 + i / 2) + (i % 2 == 0 ? "-02-26" : "-09-15"),
                    20 + random.nextInt(20), registrations[i], registrations[i] / 10));
        }
    }

    /** {@code total} in {@code parts} near-equal whole parts. */
    private static int[] split(int total, int parts) {
        int[] split = new int[parts];
        for (int i = 0; i < parts; i++) {
            split[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return split;
    }

    String summary() {
        long covered = projects.stream().flatMap(p -> p.beneficiaries.stream()).filter(h -> h.category.equals("REGISTERED_POOR"))
                .distinct().mapToInt(h -> h.members.size()).sum();
        long households = jobs.stream().map(Job::household).distinct().count();
        return "projects %d (%d beneficiaries, registered-poor people covered %d); workshops %d; placements %d in %d households; trainings %d; job fairs %d"
                .formatted(projects.size(), projects.stream().mapToInt(p -> p.beneficiaries.size()).sum(), covered, workshops.size(),
                        jobs.size(), households, trainings.size(), jobFairs.size());
    }

    // ------------------------------------------------------------------ loading

    void load(GatewayClient client) throws Exception {
        client.parallel("industry projects", projects, project -> {
            ObjectNode body = JSON.createObjectNode().put("name", project.name).put("type", project.type)
                    .put("county", COUNTIES[project.county]).put("investment", project.investment).put("landAreaMu", project.landAreaMu)
                    .put("capacity", project.capacity).put("capacityUnit", project.capacityUnit).put("startDate", project.startDate);
            String id = client.call("POST", "/api/v1/projects", body.toString(), "project:" + project.key).path("id").asText();
            client.call("POST", "/api/v1/projects/" + id + "/status", "{\"status\": \"OPERATING\"}", "project:" + project.key + ":operating");
            ids.put("project:" + project.key, id);
        });
        List<Object[]> beneficiaries = new ArrayList<>();
        projects.forEach(project -> project.beneficiaries.forEach(household -> beneficiaries.add(new Object[] {project, household})));
        client.parallel("project beneficiaries", beneficiaries, pair -> {
            Project project = (Project) pair[0];
            Household household = (Household) pair[1];
            client.call("POST", "/api/v1/projects/" + ids.get("project:" + project.key) + "/beneficiaries",
                    JSON.createObjectNode().put("householdId", household.id).put("expectedAnnualIncrease", project.expectedIncrease).toString(),
                    "beneficiary:" + project.key + ":" + household.registryNumber);
        });
        Project pv = projects.stream().filter(p -> p.key.equals("zuoquan-pv")).findFirst().orElseThrow();
        long total = new BigDecimal(PV_DIVIDENDS).movePointRight(2).longValueExact(), share = total / pv.beneficiaries.size();
        client.parallel("photovoltaic dividends", pv.beneficiaries, household -> {
            long cents = household == pv.beneficiaries.get(pv.beneficiaries.size() - 1) ? total - share * (pv.beneficiaries.size() - 1) : share;
            client.call("POST", "/api/v1/projects/" + ids.get("project:" + pv.key) + "/beneficiaries/" + household.id + "/dividends",
                    JSON.createObjectNode().put("paidOn", "2020-01-15").put("amount", BigDecimal.valueOf(cents, 2).toPlainString()).toString(),
                    "dividend:" + pv.key + ":" + household.registryNumber);
        });
        client.parallel("workshops", workshops, workshop -> {
            ObjectNode body = JSON.createObjectNode().put("name", workshop.name).put("operatingCompany", workshop.company)
                    .put("county", COUNTIES[workshop.county]).put("siteId", demo.sites.get(workshop.site).id)
                    .put("jobsOffered", workshop.jobsOffered);
            String key = "workshop:" + workshop.key;
            String id = client.call("POST", "/api/v1/workshops", body.toString(), key).path("id").asText();
            client.call("POST", "/api/v1/workshops/" + id + "/status", "{\"status\": \"OPERATING\"}", key + ":operating");
            ids.put(key, id);
        });
        client.parallel("employment placements", jobs, job -> {
            Household household = job.household;
            ObjectNode body = JSON.createObjectNode().put("householdId", household.id).put("memberRef", job.memberRef())
                    .put("channel", job.channel).put("startDate", "2019-07-01").put("contract", !job.channel.equals("FLEXIBLE_LOCAL"))
                    .put("monthlyIncome", switch (job.channel) {
                        case "PUBLIC_WELFARE_POST" -> "800.00";
                        case "WORKSHOP" -> "1500.00";
                        case "FLEXIBLE_LOCAL" -> "700.00";
                        default -> "2400.00";
                    });
            if (job.workshop != null) {
                body.put("workshopId", ids.get("workshop:" + job.workshop.key)).put("employer", job.workshop.company);
            } else {
                body.put("employer", "测试" + COUNTY_NAMES[household.county] + "用工单位" + (household.index % 7 + 1));
            }
            client.call("POST", "/api/v1/employments", body.toString(), "employment:" + job.memberRef());
        });
        // suspended only after the running ones took their workers: a suspended workshop employs nobody new
        client.parallel("workshops suspended", workshops.stream().filter(w -> !w.running).toList(), workshop -> client.call("POST",
                "/api/v1/workshops/" + ids.get("workshop:" + workshop.key) + "/status", "{\"status\": \"SUSPENDED\"}",
                "workshop:" + workshop.key + ":suspended"));
        client.parallel("trainings", trainings, training -> client.call("POST", "/api/v1/trainings", JSON.createObjectNode()
                .put("topic", training.topic).put("county", COUNTIES[training.county]).put("heldFrom", training.heldFrom)
                .put("heldTo", training.heldTo).put("sessions", training.sessions).put("trainees", training.trainees)
                .put("employedAfter", training.employedAfter).toString(), "training:" + training.key));
        client.parallel("job fairs", jobFairs, fair -> client.call("POST", "/api/v1/job-fairs", JSON.createObjectNode()
                .put("heldOn", fair.heldOn).put("county", COUNTIES[fair.county]).put("employers", fair.employers)
                .put("registrations", fair.registrations).put("hires", fair.hires).toString(), "job-fair:" + fair.key));
    }

    private static Map<String, Integer> channels(Object... pairs) {
        Map<String, Integer> channels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            channels.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return channels;
    }
}
