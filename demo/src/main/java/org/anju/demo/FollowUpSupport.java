package org.anju.demo;

import org.anju.demo.JinzhongDataSet.Household;
import org.anju.demo.JinzhongDataSet.Member;
import org.anju.demo.JinzhongDataSet.Site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.anju.demo.JinzhongDataSet.split;
import static org.anju.demo.PublishedFigures.HESHUN_GREENHOUSES;
import static org.anju.demo.PublishedFigures.HESHUN_MUSHROOM_HOUSEHOLDS;
import static org.anju.demo.PublishedFigures.HESHUN_MUSHROOM_INCREASE;
import static org.anju.demo.PublishedFigures.HESHUN_MUSHROOM_INVESTMENT;
import static org.anju.demo.PublishedFigures.HESHUN_MUSHROOM_LAND_MU;
import static org.anju.demo.PublishedFigures.HESHUN_WORKSHOPS;
import static org.anju.demo.PublishedFigures.HESHUN_WORKSHOPS_INVESTMENT;
import static org.anju.demo.PublishedFigures.HESHUN_WORKSHOP_EMPLOYED;
import static org.anju.demo.PublishedFigures.HESHUN_WORKSHOP_FIRMS;
import static org.anju.demo.PublishedFigures.HESHUN_WORKSHOP_JOBS;
import static org.anju.demo.PublishedFigures.XIYANG_PUBLIC_WELFARE_POSTS;
import static org.anju.demo.PublishedFigures.XIYANG_WORKSHOP_FIRMS;
import static org.anju.demo.PublishedFigures.XIYANG_WORKSHOP_EMPLOYED;
import static org.anju.demo.PublishedFigures.YUSHE_EMPLOYED_AFTER_TRAINING;
import static org.anju.demo.PublishedFigures.YUSHE_HERBAL_HOUSEHOLDS;
import static org.anju.demo.PublishedFigures.YUSHE_HERBAL_INCREASE;
import static org.anju.demo.PublishedFigures.YUSHE_HERBAL_PEOPLE;
import static org.anju.demo.PublishedFigures.YUSHE_JOB_FAIRS;
import static org.anju.demo.PublishedFigures.YUSHE_JOB_FAIR_REGISTRATIONS;
import static org.anju.demo.PublishedFigures.YUSHE_TRAINEES;
import static org.anju.demo.PublishedFigures.YUSHE_TRAININGS;
import static org.anju.demo.PublishedFigures.YUSHE_WORKSHOPS;
import static org.anju.demo.PublishedFigures.YUSHE_WORKSHOPS_RUNNING;
import static org.anju.demo.PublishedFigures.YUSHE_WORKSHOP_EMPLOYED;
import static org.anju.demo.PublishedFigures.YUSHE_WORKSHOP_TRANSFERRED;
import static org.anju.demo.PublishedFigures.ZUOQUAN_PV_HOUSEHOLDS;
import static org.anju.demo.PublishedFigures.ZUOQUAN_PV_INCREASE;
import static org.anju.demo.PublishedFigures.ZUOQUAN_PV_INVESTMENT;
import static org.anju.demo.PublishedFigures.ZUOQUAN_PV_MEGAWATTS;
import static org.anju.demo.PublishedFigures.ZUOQUAN_WORKSHOPS;

/**
 * Follow-up support (后续扶持) in the Jinzhong data set, from the county details in docs/domain.md: the
 * industry projects and the households they benefit, the workshops, the 4,803 employment placements,
 * trainings and job fairs. Every registered-poor household benefits from at least one project, so
 * industry coverage is as high as the records allow (100%), below the report's 22,946 people.
 * Figures the report does not give (job-fair employers and hires, investment of projects it names
 * without one) are made up and marked 测试 like every name.
 */
final class FollowUpSupport {

    /** Placements in one channel. */
    private record Placements(String channel, int count) {
    }

    /** Per county, its placements by channel in this order, 4,803 in all: the report's figures where it gives them. */
    private static final Map<County, List<Placements>> PLACEMENTS = new LinkedHashMap<>();

    static {
        PLACEMENTS.put(County.YUSHE, List.of(new Placements("WORKSHOP", YUSHE_WORKSHOP_EMPLOYED), new Placements("LABOUR_EXPORT", 300),
                new Placements("FLEXIBLE_LOCAL", 273)));
        PLACEMENTS.put(County.ZUOQUAN, List.of(new Placements("WORKSHOP", 300), new Placements("LABOUR_EXPORT", 500),
                new Placements("ENTERPRISE", 300), new Placements("PUBLIC_WELFARE_POST", 154)));
        PLACEMENTS.put(County.HESHUN, List.of(new Placements("WORKSHOP", HESHUN_WORKSHOP_EMPLOYED), new Placements("LABOUR_EXPORT", 200),
                new Placements("ENTERPRISE", 137)));
        PLACEMENTS.put(County.XIYANG, List.of(new Placements("WORKSHOP", XIYANG_WORKSHOP_EMPLOYED),
                new Placements("PUBLIC_WELFARE_POST", XIYANG_PUBLIC_WELFARE_POSTS), new Placements("LABOUR_EXPORT", 236)));
        mostlyLabourExport(County.YUCI, 200);
        mostlyLabourExport(County.TAIGU, 160);
        mostlyLabourExport(County.SHOUYANG, 360);
        mostlyLabourExport(County.QI, 120);
        mostlyLabourExport(County.PINGYAO, 228);
        mostlyLabourExport(County.LINGSHI, 140);
        mostlyLabourExport(County.JIEXIU, 140);
    }

    /** A county the report says nothing of: a quarter of its placements each in enterprises, public-welfare posts and flexible work. */
    private static void mostlyLabourExport(County county, int total) {
        int quarter = total / 4;
        PLACEMENTS.put(county, List.of(new Placements("LABOUR_EXPORT", total - 3 * quarter), new Placements("ENTERPRISE", quarter),
                new Placements("PUBLIC_WELFARE_POST", quarter), new Placements("FLEXIBLE_LOCAL", quarter)));
    }

    record Project(String key, County county, String name, String type, String investment, String landAreaMu, String capacity,
                   String capacityUnit, String startDate, String expectedIncrease, List<Household> beneficiaries) {
    }

    record Workshop(String key, County county, Site site, String name, String company, int jobsOffered, boolean running) {
    }

    record Job(Household household, int member, String channel, Workshop workshop) {
        String memberRef() {
            return household.registryNumber + "-" + (member + 1);
        }
    }

    record Training(String key, County county, String topic, String heldFrom, String heldTo, int sessions, int trainees,
                    int employedAfter) {
    }

    record JobFair(String key, County county, String heldOn, int employers, int registrations, int hires) {
    }

    final List<Project> projects = new ArrayList<>();
    final List<Workshop> workshops = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    final List<Training> trainings = new ArrayList<>();
    final List<JobFair> jobFairs = new ArrayList<>();

    /** Made of the data set's households and sites. */
    FollowUpSupport(JinzhongDataSet data, Random random) {
        projects(data, random);
        workshops(data);
        jobs(data);
        trainingsAndJobFairs(random);
    }

    private void projects(JinzhongDataSet data, Random random) {
        Set<Household> covered = new HashSet<>();
        projects.add(project("heshun-mushroom", County.HESHUN, "和顺县食用菌大棚产业园（测试）", "MUSHROOM_GREENHOUSE",
                HESHUN_MUSHROOM_INVESTMENT, HESHUN_MUSHROOM_LAND_MU, HESHUN_GREENHOUSES, "greenhouses", HESHUN_MUSHROOM_INCREASE,
                poorFirst(data, County.HESHUN).subList(0, HESHUN_MUSHROOM_HOUSEHOLDS), covered));
        projects.add(project("heshun-workshops", County.HESHUN, "和顺县扶贫车间（测试）", "WORKSHOP", HESHUN_WORKSHOPS_INVESTMENT, null,
                null, null, null, List.of(), covered));
        projects.add(project("zuoquan-pv", County.ZUOQUAN, "左权县村级光伏电站（测试）", "PHOTOVOLTAIC", ZUOQUAN_PV_INVESTMENT, null,
                ZUOQUAN_PV_MEGAWATTS, "MW", ZUOQUAN_PV_INCREASE, poorFirst(data, County.ZUOQUAN).subList(0, ZUOQUAN_PV_HOUSEHOLDS), covered));
        projects.add(project("yushe-herbs", County.YUSHE, "榆社县中药材与谷子种植（测试）", "HERBAL_MEDICINE", "3000000.00", null, null,
                null, YUSHE_HERBAL_INCREASE, herbalHouseholds(data), covered));
        List<Household> withoutLabour = data.households(County.LINGSHI).stream()
                .filter(h -> h.members.stream().noneMatch(m -> m.labour)).toList();
        projects.add(project("lingshi-equity", County.LINGSHI, "灵石县财政扶持·贷资入股·固定分红（测试）", "OTHER", "2000000.00", null,
                null, null, "3000.00", withoutLabour, covered));
        // the city's industry fund, shared by the counties, covers every registered-poor household not yet covered
        for (County county : County.ALL) {
            List<Household> rest = data.households(county).stream()
                    .filter(h -> h.category.equals("REGISTERED_POOR") && !covered.contains(h)).toList();
            projects.add(project("equity-" + county.code(), county, county.name() + "产业扶持资金入股分红（测试）", "OTHER",
                    JinzhongDataSet.countyShare("CITY_FISCAL", county).toPlainString(), null, null, null,
                    Integer.toString(600 + random.nextInt(5) * 100) + ".00", rest, covered));
        }
    }

    private static Project project(String key, County county, String name, String type, String investment, String land,
                                   String capacity, String unit, String increase, List<Household> beneficiaries, Set<Household> covered) {
        covered.addAll(beneficiaries);
        return new Project(key, county, name, type, investment, land, capacity, unit, "2017-04-01", increase, List.copyOf(beneficiaries));
    }

    /** The county's households, registered-poor first, each group in the data set's order. */
    private static List<Household> poorFirst(JinzhongDataSet data, County county) {
        return data.households(county).stream()
                .sorted(Comparator.comparing((Household h) -> !h.category.equals("REGISTERED_POOR"))).toList();
    }

    /** Exactly 2,604 of Yushe's households with 6,105 people: the first ones, then swapped for smaller ones. */
    private static List<Household> herbalHouseholds(JinzhongDataSet data) {
        List<Household> yushe = poorFirst(data, County.YUSHE);
        List<Household> chosen = new ArrayList<>(yushe.subList(0, YUSHE_HERBAL_HOUSEHOLDS));
        List<Household> others = new ArrayList<>(yushe.subList(YUSHE_HERBAL_HOUSEHOLDS, yushe.size()));
        int people = chosen.stream().mapToInt(h -> h.members.size()).sum();
        while (people != YUSHE_HERBAL_PEOPLE) {
            int excess = people - YUSHE_HERBAL_PEOPLE;
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
                throw new IllegalStateException("Yushe has no households to make " + YUSHE_HERBAL_PEOPLE + " people of "
                        + YUSHE_HERBAL_HOUSEHOLDS);
            }
            chosen.set(chosen.indexOf(out), in);
            others.set(others.indexOf(in), out);
            people += in.members.size() - out.members.size();
        }
        return chosen;
    }

    private void workshops(JinzhongDataSet data) {
        addWorkshops(data, County.HESHUN, split(HESHUN_WORKSHOP_JOBS, HESHUN_WORKSHOPS), HESHUN_WORKSHOPS, "测试和顺菌业有限公司等%d家企业",
                split(HESHUN_WORKSHOP_FIRMS, HESHUN_WORKSHOPS));
        int[] zuoquan = new int[ZUOQUAN_WORKSHOPS];
        Arrays.fill(zuoquan, 80);
        addWorkshops(data, County.ZUOQUAN, zuoquan, ZUOQUAN_WORKSHOPS, "测试左权%d号车间运营公司", null);
        int[] yushe = new int[YUSHE_WORKSHOPS];
        Arrays.fill(yushe, 45);
        yushe[YUSHE_WORKSHOPS - 1] = YUSHE_WORKSHOP_TRANSFERRED - 45 * (YUSHE_WORKSHOPS - 1);
        addWorkshops(data, County.YUSHE, yushe, YUSHE_WORKSHOPS_RUNNING, "测试榆社%d号扶贫工厂", null);
        addWorkshops(data, County.XIYANG, new int[] {140, 135, 130}, XIYANG_WORKSHOP_FIRMS, "测试昔阳%d号车间企业", null);
    }

    /** A workshop per jobs offered, over the county's sites in turn; the first {@code running} run; {@code firms} (or its number) names the company. */
    private void addWorkshops(JinzhongDataSet data, County county, int[] jobsOffered, int running, String company, int[] firms) {
        List<Site> sites = data.sites(county);
        for (int i = 0; i < jobsOffered.length; i++) {
            workshops.add(new Workshop(county.code() + "-" + (i + 1), county, sites.get(i % sites.size()),
                    county.name() + "扶贫车间" + (i + 1) + "（测试）", company.formatted(firms == null ? i + 1 : firms[i]),
                    jobsOffered[i], i < running));
        }
    }

    /** Each county's placements: one member of every household with labour capacity first, then their other members. */
    private void jobs(JinzhongDataSet data) {
        PLACEMENTS.forEach((county, channels) -> {
            List<Household> movedIn = data.households(county).stream().filter(h -> h.movedIn).toList();
            List<int[]> slots = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                for (int h = 0; h < movedIn.size(); h++) {
                    List<Member> members = movedIn.get(h).members;
                    int seen = 0;
                    for (int m = 0; m < members.size(); m++) {
                        if (members.get(m).labour && seen++ == round) {
                            slots.add(new int[] {h, m});
                        }
                    }
                }
            }
            List<Workshop> running = workshops.stream().filter(w -> w.county.equals(county) && w.running).toList();
            int next = 0;
            for (Placements channel : channels) {
                for (int i = 0; i < channel.count(); i++, next++) {
                    if (next >= slots.size()) {
                        throw new IllegalStateException(county.code() + " has only " + slots.size() + " members with labour capacity");
                    }
                    int[] slot = slots.get(next);
                    Workshop workshop = channel.channel().equals("WORKSHOP") ? running.get(i % running.size()) : null;
                    jobs.add(new Job(movedIn.get(slot[0]), slot[1], channel.channel(), workshop));
                }
            }
        });
    }

    private void trainingsAndJobFairs(Random random) {
        String[] topics = {"中药材种植", "小米加工", "家政服务", "电工", "中式烹调", "电子商务"};
        int[] trainees = split(YUSHE_TRAINEES, YUSHE_TRAININGS), employed = split(YUSHE_EMPLOYED_AFTER_TRAINING, YUSHE_TRAININGS);
        for (int i = 0; i < YUSHE_TRAININGS; i++) {
            LocalDate from = LocalDate.of(2018, 3, 1).plusDays(20L * i);
            trainings.add(new Training("yushe-" + (i + 1), County.YUSHE, topics[i % topics.length] + "培训班（测试）", from.toString(),
                    from.plusDays(4).toString(), 1 + random.nextInt(3), trainees[i], employed[i]));
        }
        int[] registrations = split(YUSHE_JOB_FAIR_REGISTRATIONS, YUSHE_JOB_FAIRS);
        for (int i = 0; i < YUSHE_JOB_FAIRS; i++) {
            jobFairs.add(new JobFair("yushe-" + (i + 1), County.YUSHE, (2018 + i / 2) + (i % 2 == 0 ? "-02-26" : "-09-15"),
                    20 + random.nextInt(20), registrations[i], registrations[i] / 10));
        }
    }

    String summary() {
        long covered = projects.stream().flatMap(p -> p.beneficiaries.stream()).filter(h -> h.category.equals("REGISTERED_POOR"))
                .distinct().mapToInt(h -> h.members.size()).sum();
        long households = jobs.stream().map(Job::household).distinct().count();
        return "projects %d (%d beneficiaries, registered-poor people covered %d); workshops %d; placements %d in %d households; trainings %d; job fairs %d"
                .formatted(projects.size(), projects.stream().mapToInt(p -> p.beneficiaries.size()).sum(), covered, workshops.size(),
                        jobs.size(), households, trainings.size(), jobFairs.size());
    }
}
