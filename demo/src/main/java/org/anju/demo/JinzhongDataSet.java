package org.anju.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.anju.demo.PublishedFigures.CO_RELOCATED_PEOPLE;
import static org.anju.demo.PublishedFigures.DEMOLISHED;
import static org.anju.demo.PublishedFigures.FULL_DEMOLITION;
import static org.anju.demo.PublishedFigures.FUNDS;
import static org.anju.demo.PublishedFigures.LIFTED_HOUSEHOLDS;
import static org.anju.demo.PublishedFigures.LIFTED_PEOPLE;
import static org.anju.demo.PublishedFigures.MOVED_IN_HOUSEHOLDS;
import static org.anju.demo.PublishedFigures.MOVED_IN_PEOPLE;
import static org.anju.demo.PublishedFigures.RECLAIMED;
import static org.anju.demo.PublishedFigures.REGISTERED_POOR_PEOPLE;
import static org.anju.demo.PublishedFigures.RELOCATED_PEOPLE;
import static org.anju.demo.PublishedFigures.TASK_PEOPLE;
import static org.anju.demo.PublishedFigures.VILLAGES;

/**
 * Jinzhong's programme as made-up records that hold the report's figures ({@link PublishedFigures}):
 * the households with their members, the sites, the deep-poverty villages, the follow-up support and the
 * sites as communities. Generated from a fixed seed with no I/O; the draws from the one {@link Random}
 * come in a fixed order, so the same seed gives the same data set, and every load the same requests.
 */
final class JinzhongDataSet {

    static final long SEED = 20_201_231L;

    /** The data set's choice: the 60 people not moved in are 20 registered-poor households. */
    private static final int NOT_MOVED_IN_HOUSEHOLDS = 20;
    /** The data set's choice: registered-poor households moved in but not (yet) lifted out of poverty. */
    private static final int POOR_NOT_LIFTED_HOUSEHOLDS = 1_500;
    /** The data set's choice: every moved-in household but 26 has an old homestead. */
    private static final int WITH_HOMESTEAD = 10_380;

    private static final String[] RELATIONS = {"HEAD", "SPOUSE", "CHILD", "CHILD", "PARENT", "GRANDCHILD", "CHILD"};
    private static final String GIVEN = "甲乙丙丁戊己庚辛壬癸";

    static final class Member {
        String name, idNumber, relation;
        boolean labour;
    }

    static final class Household {
        /** The household's place in the order the households were made: its made-up names come from it. */
        int index;
        County county;
        /** The site it moved into, null when not moved in; the deep-poverty village it left, null when none. */
        Site site;
        Village village;
        String registryNumber, category;
        boolean movedIn, lifted, homestead, demolished, reclaimed;
        /** When each step happened (null when it did not): spread over the programme's years, see {@link #dates}. */
        LocalDate allocatedOn, movedInOn, liftedOn, demolishedOn, reclaimedOn;
        final List<Member> members = new ArrayList<>();
    }

    static final class Site {
        int index, households, people;
        County county;
        String name, town, mode;
    }

    static final class Village {
        int index, households;
        County county;
        String name;
    }

    final List<Household> households = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    final FollowUpSupport followUp;
    final Communities communities;

    private JinzhongDataSet(Random random) {
        List<Household> movedIn = movedIn(random);
        List<Household> waiting = group(movedIn.size(), NOT_MOVED_IN_HOUSEHOLDS, RELOCATED_PEOPLE - MOVED_IN_PEOPLE, "REGISTERED_POOR",
                false, random);
        // in turn over the counties, but none in Xiyang or Lingshi, which demolished every homestead: their turn goes to the first county
        for (int i = 0; i < waiting.size(); i++) {
            County county = County.ALL.get(i % County.ALL.size());
            waiting.get(i).county = FULL_DEMOLITION.contains(county) ? County.ALL.get(0) : county;
        }
        households.addAll(movedIn);
        households.addAll(waiting);
        households.sort(Comparator.comparing((Household h) -> h.county.code()).thenComparingInt(h -> h.index));
        homesteads(movedIn);
        sitesAndVillages();
        settle(random);
        dates(movedIn);
        // made of the households and sites above
        followUp = new FollowUpSupport(this, random);
        communities = new Communities(this);
    }

    /** Generates the whole data set from the seed; no I/O. */
    static JinzhongDataSet generate() {
        return new JinzhongDataSet(new Random(SEED));
    }

    /** The moved-in households, lifted first, in a random order and each in a county drawn by the counties' weights. */
    private static List<Household> movedIn(Random random) {
        List<Household> movedIn = new ArrayList<>();
        movedIn.addAll(group(movedIn.size(), LIFTED_HOUSEHOLDS, LIFTED_PEOPLE, "REGISTERED_POOR", true, random));
        int poorNotLifted = REGISTERED_POOR_PEOPLE - LIFTED_PEOPLE - (RELOCATED_PEOPLE - MOVED_IN_PEOPLE);
        movedIn.addAll(group(movedIn.size(), POOR_NOT_LIFTED_HOUSEHOLDS, poorNotLifted, "REGISTERED_POOR", false, random));
        movedIn.addAll(group(movedIn.size(), MOVED_IN_HOUSEHOLDS - LIFTED_HOUSEHOLDS - POOR_NOT_LIFTED_HOUSEHOLDS, CO_RELOCATED_PEOPLE,
                "CO_RELOCATED", false, random));
        Collections.shuffle(movedIn, random);
        int totalWeight = County.ALL.stream().mapToInt(County::weight).sum();
        for (Household household : movedIn) {
            int pick = random.nextInt(totalWeight);
            for (County county : County.ALL) {
                if (pick < county.weight()) {
                    household.county = county;
                    break;
                }
                pick -= county.weight();
            }
            household.movedIn = true;
        }
        return movedIn;
    }

    /** {@code count} households of {@code people} people, 1 to 7 each, indexed from {@code firstIndex}; members still blank. */
    private static List<Household> group(int firstIndex, int count, int people, String category, boolean lifted, Random random) {
        int[] sizes = new int[count];
        int base = people / count, rest = people % count;
        for (int i = 0; i < count; i++) {
            sizes[i] = base + (i < rest ? 1 : 0);
        }
        for (int n = 0; n < count * 3; n++) {
            int i = random.nextInt(count), j = random.nextInt(count);
            if (i != j && sizes[i] > 1 && sizes[j] < 7) {
                sizes[i]--;
                sizes[j]++;
            }
        }
        List<Household> group = new ArrayList<>();
        for (int size : sizes) {
            Household household = new Household();
            household.index = firstIndex + group.size();
            household.category = category;
            household.lifted = lifted;
            for (int m = 0; m < size; m++) {
                household.members.add(new Member());
            }
            group.add(household);
        }
        return group;
    }

    /** Every moved-in household has an old homestead but 26; 27 of them are not demolished (never in Xiyang or Lingshi). */
    private static void homesteads(List<Household> movedIn) {
        int withoutHomestead = MOVED_IN_HOUSEHOLDS - WITH_HOMESTEAD, notDemolished = WITH_HOMESTEAD - DEMOLISHED;
        List<Household> others = new ArrayList<>(), full = new ArrayList<>();
        for (Household household : movedIn) {
            household.homestead = true;
            (FULL_DEMOLITION.contains(household.county) ? full : others).add(household);
        }
        for (int i = 0; i < withoutHomestead; i++) {
            others.get(i).homestead = false;
        }
        for (Household household : movedIn) {
            household.demolished = household.homestead;
        }
        for (int i = withoutHomestead; i < withoutHomestead + notDemolished; i++) {
            others.get(i).demolished = false;
        }
        int reclaimed = 0;
        for (Household household : full) {
            household.reclaimed = true;
            reclaimed++;
        }
        for (Household household : others) {
            if (reclaimed < RECLAIMED && household.demolished) {
                household.reclaimed = true;
                reclaimed++;
            }
        }
    }

    /** The sites were completed on this day: housing is allocated from it on. */
    static final LocalDate SITES_COMPLETED_ON = LocalDate.of(2018, 10, 1);
    /** Over how many days from {@link #SITES_COMPLETED_ON} the moved-in households were allocated their housing. */
    private static final int ALLOCATION_DAYS = 600;

    /**
     * The data set's choice, so that the figures move through the programme's years: the moved-in households are
     * allocated their housing one after another over 600 days from the sites' completion, in an order that mixes
     * the counties and categories (the household's index times a prime, modulo their number); each moves in 30 days
     * after its allocation, has its homestead demolished 90 days and reclaimed 270 days after moving in, and, when
     * lifted out of poverty, is lifted 180 days after moving in. Draws nothing from the random generator.
     */
    private static void dates(List<Household> movedIn) {
        int count = movedIn.size();
        for (Household household : movedIn) {
            long position = household.index * 7_919L % count;
            household.allocatedOn = SITES_COMPLETED_ON.plusDays(position * ALLOCATION_DAYS / count);
            household.movedInOn = household.allocatedOn.plusDays(30);
            household.liftedOn = household.lifted ? household.movedInOn.plusDays(180) : null;
            household.demolishedOn = household.demolished ? household.movedInOn.plusDays(90) : null;
            household.reclaimedOn = household.reclaimed ? household.movedInOn.plusDays(270) : null;
        }
    }

    /** Each county's sites (the first in its county town, 20 of 25 in county towns) and the 158 villages, in turn over the counties. */
    private void sitesAndVillages() {
        for (int c = 0; c < County.ALL.size(); c++) {
            County county = County.ALL.get(c);
            for (int s = 0; s < county.sites(); s++) {
                Site site = new Site();
                site.index = sites.size();
                site.county = county;
                // every other county's other placements are in central villages, the rest's in communities
                site.mode = s == 0 ? "COUNTY_TOWN" : site.index % 5 == 1 ? (c % 2 == 0 ? "CENTRAL_VILLAGE" : "COMMUNITY") : "COUNTY_TOWN";
                site.town = county.name() + (s == 0 ? "城关镇" : "第" + (s + 1) + "镇");
                site.name = "测试" + county.name() + "安置点" + (s + 1);
                sites.add(site);
            }
        }
        for (int v = 0; v < VILLAGES; v++) {
            Village village = new Village();
            village.index = v;
            village.county = County.ALL.get(v % County.ALL.size());
            village.name = "测试深度贫困村" + (v + 1);
            villages.add(village);
        }
    }

    /**
     * In the households' order: registry numbers; each moved-in household in its county's sites in turn, the
     * first three in turn from each of its county's villages; the members' names, birth dates and ID numbers.
     */
    private void settle(Random random) {
        Map<County, List<Site>> sitesOf = sites.stream().collect(Collectors.groupingBy(s -> s.county));
        Map<County, List<Village>> villagesOf = villages.stream().collect(Collectors.groupingBy(v -> v.county));
        Map<County, Integer> placed = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int registry = 0;
        for (Household household : households) {
            County county = household.county;
            household.registryNumber = "JZ-" + county.code() + "-" + String.format("%05d", ++registry);
            if (household.movedIn) {
                int n = placed.merge(county, 1, Integer::sum) - 1;
                List<Site> own = sitesOf.get(county);
                Site site = own.get(n % own.size());
                household.site = site;
                site.households++;
                site.people += household.members.size();
                List<Village> left = villagesOf.get(county);
                if (n < left.size() * 3) {
                    Village village = left.get(n % left.size());
                    household.village = village;
                    village.households++;
                }
            }
            fillMembers(household, random, ids);
        }
    }

    private static void fillMembers(Household household, Random random, Set<String> ids) {
        int headYear = 1945 + random.nextInt(40);
        for (int m = 0; m < household.members.size(); m++) {
            Member member = household.members.get(m);
            member.relation = RELATIONS[m];
            int year = switch (member.relation) {
                case "SPOUSE" -> headYear + random.nextInt(5) - 2;
                case "CHILD" -> Math.min(headYear + 20 + random.nextInt(12), 2015);
                case "PARENT" -> headYear - 22 - random.nextInt(6);
                case "GRANDCHILD" -> Math.min(headYear + 45 + random.nextInt(10), 2016);
                default -> headYear;
            };
            LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            int age = 2020 - year;
            member.labour = age >= 16 && age <= 60 && (m == 0 || random.nextInt(4) != 0);
            if (m == 0 && age <= 60) {
                member.labour = true;
            }
            member.name = "测试" + GIVEN.charAt(household.index % 10) + GIVEN.charAt(m % 10) + (household.index % 97);
            String birthDate = birth.toString().replace("-", "");
            int sequence = random.nextInt(999) + 1;
            String id;
            do {
                id = IdNumbers.of(household.county.code(), birthDate, sequence);
                sequence = sequence % 999 + 1;
            } while (!ids.add(id));
            member.idNumber = id;
        }
    }

    /** The households of a county. */
    List<Household> households(County county) {
        return households.stream().filter(h -> h.county.equals(county)).toList();
    }

    /** The sites of a county. */
    List<Site> sites(County county) {
        return sites.stream().filter(s -> s.county.equals(county)).toList();
    }

    /** The people of the households that {@code which} selects. */
    int people(Predicate<Household> which) {
        return households.stream().filter(which).mapToInt(h -> h.members.size()).sum();
    }

    /**
     * Each county's quota (people) is the people it relocated, except Yushe's: it relocated 107 more
     * than its quota, which is how the city's 26,533 exceed the province's 26,426.
     */
    Map<County, Integer> relocationTasks() {
        Map<County, Integer> tasks = new LinkedHashMap<>();
        County.ALL.forEach(county -> tasks.put(county, people(h -> h.county.equals(county))));
        tasks.merge(County.YUSHE, TASK_PEOPLE - people(h -> true), Integer::sum);
        return tasks;
    }

    /** What a county receives of a fund source: an equal share, the rounding cents to the last county. */
    static BigDecimal countyShare(String source, County county) {
        long cents = new BigDecimal(FUNDS.get(source)).movePointRight(2).longValueExact();
        int counties = County.ALL.size();
        long share = cents / counties;
        return BigDecimal.valueOf(county.equals(County.ALL.get(counties - 1)) ? cents - share * (counties - 1) : share, 2);
    }

    /** {@code total} in {@code parts} near-equal whole parts, the first ones one more. */
    static int[] split(int total, int parts) {
        int[] split = new int[parts];
        for (int i = 0; i < parts; i++) {
            split[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return split;
    }

    /** The generated figures, as the gateway should compute them. */
    String summary() {
        int people = 0, poor = 0, co = 0, inHh = 0, inPeople = 0, liftedHh = 0, liftedPeople = 0, homestead = 0, demolished = 0,
                reclaimed = 0, maxSize = 0, minSize = 9, fullHomestead = 0, fullReclaimed = 0;
        for (Household h : households) {
            int n = h.members.size();
            people += n;
            maxSize = Math.max(maxSize, n);
            minSize = Math.min(minSize, n);
            if (h.category.equals("REGISTERED_POOR")) poor += n; else co += n;
            if (h.movedIn) { inHh++; inPeople += n; }
            if (h.lifted) { liftedHh++; liftedPeople += n; }
            if (h.homestead) homestead++;
            if (h.demolished) demolished++;
            if (h.reclaimed) reclaimed++;
            if (FULL_DEMOLITION.contains(h.county) && h.homestead) { fullHomestead++; if (h.reclaimed) fullReclaimed++; }
        }
        int siteCap = sites.stream().mapToInt(s -> s.households).sum();
        long emptyVillages = villages.stream().filter(v -> v.households == 0).count();
        return ("households %d people %d (poor %d, co %d) sizes %d..%d; moved in %d/%d; lifted %d/%d; homestead %d demolished %d"
                + " reclaimed %d (Xiyang+Lingshi %d/%d); sites %d housing %d; villages %d (%d empty)").formatted(
                households.size(), people, poor, co, minSize, maxSize, inHh, inPeople, liftedHh, liftedPeople, homestead, demolished,
                reclaimed, fullReclaimed, fullHomestead, sites.size(), siteCap, villages.size(), emptyVillages);
    }
}
