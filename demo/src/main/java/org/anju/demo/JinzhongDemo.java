package org.anju.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.anju.demo.GatewayClient.JSON;

/**
 * Loads Jinzhong's relocation programme (DOMAIN.md's published figures) into a running suite
 * through the gateway's public HTTP API only. The data set is generated from a fixed seed and
 * every POST carries a deterministic Idempotency-Key, so loading twice duplicates nothing.
 *
 * <p>Usage: {@code JinzhongDemo --gateway http://localhost:8080 --token JWT [--concurrency 12]}
 * (the token may also come from {@code ANJU_TOKEN}).
 */
public final class JinzhongDemo {

    public static final long SEED = 20_201_231L;

    /**
     * The 11 counties with a weight for their share of households: large enough in Yushe, Heshun and
     * Zuoquan to hold the households the report's county projects and jobs name there.
     */
    static final String[] COUNTIES = {"140702", "140703", "140721", "140722", "140723", "140724", "140725", "140727", "140728", "140729", "140781"};
    static final String[] COUNTY_NAMES = {"榆次", "太谷", "榆社", "左权", "和顺", "昔阳", "寿阳", "祁县", "平遥", "灵石", "介休"};
    static final int[] COUNTY_WEIGHTS = {5, 4, 27, 13, 15, 8, 9, 3, 6, 5, 5};
    static final Set<String> FULL_DEMOLITION = Set.of("140724", "140729");

    // the published figures
    public static final int TASK_PEOPLE = 26_426;
    public static final int LIFTED_HOUSEHOLDS = 6_999, LIFTED_PEOPLE = 19_850;
    public static final int REGISTERED_POOR_PEOPLE = 22_909, CO_RELOCATED_PEOPLE = 3_624;
    public static final int MOVED_IN_HOUSEHOLDS = 10_406, MOVED_IN_PEOPLE = 26_473;
    public static final int NOT_MOVED_IN_HOUSEHOLDS = 20, NOT_MOVED_IN_PEOPLE = 60;
    public static final int DEMOLISHED = 10_353, RECLAIMED = 6_768, WITH_HOMESTEAD = 10_380;
    public static final int VILLAGES = 158, VILLAGES_DEMOLISHED = 117, VILLAGES_RECLAIMED = 47;
    public static final int SITES = 25;
    public static final Map<String, String> FUNDS = orderedMap(
            "CENTRAL_BUDGET", "54810000.00", "LOCAL_GOVERNMENT_BOND", "261000000.00",
            "SPECIAL_CONSTRUCTION_FUND", "45145000.00", "POLICY_LOAN", "564000000.00", "CITY_FISCAL", "32000000.00");
    public static final Map<String, Integer> FACILITIES = orderedMap(
            "CLINIC", 28, "PRIMARY_SCHOOL", 20, "KINDERGARTEN", 15, "ACTIVITY_ROOM", 24, "CULTURE_SQUARE", 22,
            "COMMUNITY_SERVICE_STATION", 36);

    // ------------------------------------------------------------------ the generated data set

    static final class Member {
        String name, idNumber, relation;
        boolean labour;
    }

    static final class Household {
        int index, county, site = -1, village = -1;
        String registryNumber, category, id;
        boolean movedIn, lifted, homestead, demolished, reclaimed;
        List<Member> members = new ArrayList<>();
    }

    static final class Site {
        int index, county, households, people;
        String name, town, mode, id;
    }

    static final class Village {
        int index, county, households;
        String name, id;
    }

    final List<Household> households = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    final int[] countyPeople = new int[COUNTIES.length];

    FollowUpSupport followUp;
    Communities communities;

    /** Generates the whole data set from the seed; no I/O. */
    public static JinzhongDemo generate() {
        JinzhongDemo demo = new JinzhongDemo();
        Random random = new Random(SEED);
        demo.build(random);
        demo.followUp = new FollowUpSupport(demo, random);
        demo.communities = new Communities(demo);
        return demo;
    }

    private void build(Random random) {
        List<Household> movedIn = new ArrayList<>();
        addGroup(movedIn, LIFTED_HOUSEHOLDS, LIFTED_PEOPLE, "REGISTERED_POOR", true, random);
        int poorRest = REGISTERED_POOR_PEOPLE - LIFTED_PEOPLE - NOT_MOVED_IN_PEOPLE;
        addGroup(movedIn, 1_500, poorRest, "REGISTERED_POOR", false, random);
        addGroup(movedIn, MOVED_IN_HOUSEHOLDS - LIFTED_HOUSEHOLDS - 1_500, CO_RELOCATED_PEOPLE, "CO_RELOCATED", false, random);
        Collections.shuffle(movedIn, random);
        int totalWeight = 0;
        for (int w : COUNTY_WEIGHTS) {
            totalWeight += w;
        }
        for (Household household : movedIn) {
            int pick = random.nextInt(totalWeight), county = 0;
            while (pick >= COUNTY_WEIGHTS[county]) {
                pick -= COUNTY_WEIGHTS[county++];
            }
            household.county = county;
            household.movedIn = true;
        }
        List<Household> waiting = new ArrayList<>();
        addGroup(waiting, NOT_MOVED_IN_HOUSEHOLDS, NOT_MOVED_IN_PEOPLE, "REGISTERED_POOR", false, random);
        for (int i = 0; i < waiting.size(); i++) {
            waiting.get(i).county = i % COUNTIES.length == 5 || i % COUNTIES.length == 9 ? 0 : i % COUNTIES.length;
        }
        households.addAll(movedIn);
        households.addAll(waiting);
        households.sort((a, b) -> a.county != b.county ? Integer.compare(a.county, b.county) : Integer.compare(a.index, b.index));

        // homesteads: every moved-in household has one except 26; 27 of them are not demolished (never Xiyang or Lingshi)
        int withoutHomestead = MOVED_IN_HOUSEHOLDS - WITH_HOMESTEAD, notDemolished = WITH_HOMESTEAD - DEMOLISHED;
        List<Household> others = new ArrayList<>(), full = new ArrayList<>();
        for (Household household : movedIn) {
            household.homestead = true;
            (FULL_DEMOLITION.contains(COUNTIES[household.county]) ? full : others).add(household);
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

        // sites: 3 in the three largest counties, 2 elsewhere; 20 in county towns
        int[] siteCount = new int[COUNTIES.length];
        for (int c = 0; c < COUNTIES.length; c++) {
            siteCount[c] = c == 2 || c == 3 || c == 4 ? 3 : 2;
        }
        List<List<Site>> sitesOf = new ArrayList<>();
        for (int c = 0; c < COUNTIES.length; c++) {
            List<Site> list = new ArrayList<>();
            for (int s = 0; s < siteCount[c]; s++) {
                Site site = new Site();
                site.index = sites.size();
                site.county = c;
                site.mode = s == 0 ? "COUNTY_TOWN" : site.index % 5 == 1 ? (c % 2 == 0 ? "CENTRAL_VILLAGE" : "COMMUNITY") : "COUNTY_TOWN";
                site.town = COUNTY_NAMES[c] + (s == 0 ? "城关镇" : "第" + (s + 1) + "镇");
                site.name = "测试" + COUNTY_NAMES[c] + "安置点" + (s + 1);
                sites.add(site);
                list.add(site);
            }
            sitesOf.add(list);
        }
        // villages: 158 spread over the counties, 3 moved-in households from each
        List<List<Village>> villagesOf = new ArrayList<>();
        for (int c = 0; c < COUNTIES.length; c++) {
            villagesOf.add(new ArrayList<>());
        }
        for (int v = 0; v < VILLAGES; v++) {
            Village village = new Village();
            village.index = v;
            village.county = v % COUNTIES.length;
            village.name = "测试深度贫困村" + (v + 1);
            villages.add(village);
            villagesOf.get(village.county).add(village);
        }
        int[] perCounty = new int[COUNTIES.length];
        Set<String> ids = new HashSet<>();
        int registry = 0;
        for (Household household : households) {
            int c = household.county;
            household.registryNumber = "JZ-" + COUNTIES[c] + "-" + String.format("%05d", ++registry);
            if (household.movedIn) {
                List<Site> own = sitesOf.get(c);
                Site site = own.get(perCounty[c] % own.size());
                household.site = site.index;
                site.households++;
                site.people += household.members.size();
                List<Village> vs = villagesOf.get(c);
                if (perCounty[c] < vs.size() * 3) {
                    Village village = vs.get(perCounty[c] % vs.size());
                    household.village = village.index;
                    village.households++;
                }
                perCounty[c]++;
            }
            countyPeople[c] += household.members.size();
            fillMembers(household, random, ids);
        }
    }

    private int nextIndex;

    private void addGroup(List<Household> into, int count, int people, String category, boolean lifted, Random random) {
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
        for (int size : sizes) {
            Household household = new Household();
            household.index = nextIndex++;
            household.category = category;
            household.lifted = lifted;
            for (int m = 0; m < size; m++) {
                household.members.add(new Member());
            }
            into.add(household);
        }
    }

    private static final String[] RELATIONS = {"HEAD", "SPOUSE", "CHILD", "CHILD", "PARENT", "GRANDCHILD", "CHILD"};
    private static final String GIVEN = "甲乙丙丁戊己庚辛壬癸";

    private void fillMembers(Household household, Random random, Set<String> ids) {
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
                id = IdNumbers.of(COUNTIES[household.county], birthDate, sequence);
                sequence = sequence % 999 + 1;
            } while (!ids.add(id));
            member.idNumber = id;
        }
    }

    /** The generated figures, as the gateway should compute them. */
    public String summary() {
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
            if (FULL_DEMOLITION.contains(COUNTIES[h.county]) && h.homestead) { fullHomestead++; if (h.reclaimed) fullReclaimed++; }
        }
        int siteCap = sites.stream().mapToInt(s -> s.households).sum();
        long emptyVillages = villages.stream().filter(v -> v.households == 0).count();
        return ("households %d people %d (poor %d, co %d) sizes %d..%d; moved in %d/%d; lifted %d/%d; homestead %d demolished %d"
                + " reclaimed %d (Xiyang+Lingshi %d/%d); sites %d housing %d; villages %d (%d empty)").formatted(
                households.size(), people, poor, co, minSize, maxSize, inHh, inPeople, liftedHh, liftedPeople, homestead, demolished,
                reclaimed, fullReclaimed, fullHomestead, sites.size(), siteCap, villages.size(), emptyVillages);
    }

    String csv(int county) {
        StringBuilder csv = new StringBuilder("registryNumber,county,originVillage,originNaturalVillage,villageId,category,siteId,"
                + "homesteadToDemolish,memberName,idNumber,relation,labourCapacity,phone\n");
        for (Household household : households) {
            if (household.county != county) {
                continue;
            }
            String villageId = household.village < 0 ? "" : villages.get(household.village).id;
            String siteId = household.site < 0 ? "" : sites.get(household.site).id;
            String origin = household.village < 0 ? "测试村" + (household.index % 40 + 1) : villages.get(household.village).name;
            for (Member member : household.members) {
                csv.append(household.registryNumber).append(',').append(COUNTIES[county]).append(',').append(origin).append(',')
                        .append(origin).append("自然村,").append(villageId).append(',').append(household.category).append(',')
                        .append(siteId).append(',').append(household.homestead).append(',').append(member.name).append(',')
                        .append(member.idNumber).append(',').append(member.relation).append(',').append(member.labour).append(",\n");
            }
        }
        return csv.toString();
    }

    // ------------------------------------------------------------------ loading through the gateway

    public static void main(String[] args) throws Exception {
        String gateway = "http://localhost:8080", token = System.getenv("ANJU_TOKEN");
        int concurrency = 12;
        if (args.length > 0 && args[0].equals("--summary")) {
            JinzhongDemo demo = generate();
            System.out.println(demo.summary());
            System.out.println(demo.followUp.summary());
            return;
        }
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[i + 1];
                case "--token" -> token = args[i + 1];
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("give a city-admin token with --token or ANJU_TOKEN");
        }
        long started = System.nanoTime();
        try (GatewayClient client = new GatewayClient(gateway, token, concurrency, System.out)) {
            generate().load(client);
        }
        System.out.printf("demo: loaded Jinzhong's programme in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    void load(GatewayClient client) throws Exception {
        loadSitesAndTasks(client);
        loadVillages(client);
        importHouseholds(client);
        lifecycle(client);
        villageLifecycle(client);
        funds(client);
        followUp.load(client);
        communities.load(client);
        declareClaims(client);
    }

    /**
     * Each county's quota (people) is the people it relocated, except Yushe's: it relocated 107 more
     * than its quota, which is how the city's 26,533 exceed the province's 26,426.
     */
    int[] relocationTasks() {
        int[] task = countyPeople.clone();
        task[FollowUpSupport.YUSHE] -= java.util.Arrays.stream(countyPeople).sum() - TASK_PEOPLE;
        return task;
    }

    private void loadSitesAndTasks(GatewayClient client) throws Exception {
        int[] task = relocationTasks();
        for (int c = 0; c < COUNTIES.length; c++) {
            client.call("PUT", "/api/v1/relocation-tasks/" + COUNTIES[c] + "/2016-2020", "{\"plannedPeople\": " + task[c] + "}", null);
        }
        client.parallel("sites", sites, site -> {
            ObjectNode body = JSON.createObjectNode().put("county", COUNTIES[site.county]).put("town", site.town).put("name", site.name)
                    .put("placementMode", site.mode).put("plannedHouseholds", site.households + 3).put("plannedPeople", site.people + 10);
            site.id = client.call("POST", "/api/v1/sites", body.toString(), "site:" + site.index).path("id").asText();
            String status = client.get("/api/v1/sites/" + site.id).path("status").asText();
            if (status.equals("PLANNED")) {
                client.call("POST", "/api/v1/sites/" + site.id + "/start-construction", "{\"date\": \"2017-03-01\"}", "site:" + site.index + ":start");
            }
            if (!status.equals("COMPLETED")) {
                client.call("POST", "/api/v1/sites/" + site.id + "/complete", "{\"date\": \"2018-10-01\"}", "site:" + site.index + ":complete");
            }
        });
    }

    private void loadVillages(GatewayClient client) throws Exception {
        client.parallel("villages", villages, village -> {
            ObjectNode body = JSON.createObjectNode().put("county", COUNTIES[village.county])
                    .put("township", COUNTY_NAMES[village.county] + "测试乡").put("name", village.name);
            village.id = client.call("POST", "/api/v1/villages", body.toString(), "village:" + village.index).path("id").asText();
        });
    }

    private void importHouseholds(GatewayClient client) throws Exception {
        long started = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (int c = 0; c < COUNTIES.length; c++) {
            JsonNode job = client.send("POST", "/api/v1/imports/households", csv(c), "import:" + COUNTIES[c], "text/csv", 202, 200);
            jobs.add(job.path("id").asText());
        }
        int imported = 0, rejected = 0;
        for (String job : jobs) {
            JsonNode status;
            while (true) {
                status = client.get("/api/v1/imports/" + job);
                if (!status.path("finishedAt").isNull() && !status.path("finishedAt").isMissingNode()) {
                    break;
                }
                GatewayClient.sleep(500);
            }
            if ("FAILED".equals(status.path("status").asText())) {
                throw new IllegalStateException("import " + job + " failed: " + status);
            }
            imported += status.path("householdsImported").asInt();
            rejected += status.path("householdsRejected").asInt();
        }
        System.out.printf("demo: households imported (%d, %d rejected) in %d s%n", imported, rejected,
                (System.nanoTime() - started) / 1_000_000_000L);
        // an import made on an earlier load reports its households as already there; find every id
        Map<String, Household> byRegistry = new HashMap<>();
        households.forEach(household -> byRegistry.put(household.registryNumber, household));
        int found = 0;
        for (String county : COUNTIES) {
            String cursor = null;
            do {
                JsonNode page = client.get("/api/v1/households?county=" + county + "&limit=500"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
                for (JsonNode item : page.path("items")) {
                    Household household = byRegistry.get(item.path("registryNumber").asText());
                    if (household != null) {
                        household.id = item.path("id").asText();
                        found++;
                    }
                }
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            } while (cursor != null && !cursor.isEmpty());
        }
        if (found != households.size()) {
            throw new IllegalStateException("found " + found + " of " + households.size() + " households after the import");
        }
    }

    private void lifecycle(GatewayClient client) throws Exception {
        int[] flat = new int[sites.size()];
        Map<Household, String> flats = new HashMap<>();
        Map<Household, Integer> order = new HashMap<>();
        for (Household household : households) {
            if (household.movedIn) {
                int n = flat[household.site]++;
                flats.put(household, (n / 24 + 1) + "-" + (n % 24 / 4 + 1) + "0" + (n % 4 + 1));
                order.put(household, n * sites.size() + household.site);
            }
        }
        // allocation locks the site: interleave the sites so that concurrent requests rarely wait for each other
        List<Household> movedIn = households.stream().filter(h -> h.movedIn)
                .sorted(java.util.Comparator.comparing(order::get)).toList();
        client.parallel("housing allocated and moved in", movedIn, household -> {
            command(client, household, "allocate-housing", "{\"siteId\": \"" + sites.get(household.site).id + "\", \"flat\": \""
                    + flats.get(household) + "\", \"date\": \"2019-05-01\"}");
            command(client, household, "move-in", "{\"date\": \"2019-06-01\"}");
        });
        client.parallel("lifted out of poverty", households.stream().filter(h -> h.lifted).toList(),
                household -> command(client, household, "lift-out-of-poverty", "{\"date\": \"2019-12-31\"}"));
        client.parallel("homesteads demolished (and reclaimed)", households.stream().filter(h -> h.demolished).toList(), household -> {
            command(client, household, "demolish-homestead", "{\"date\": \"2019-09-01\"}");
            if (household.reclaimed) {
                command(client, household, "reclaim-homestead", "{\"date\": \"2020-04-01\"}");
            }
        });
    }

    private static void command(GatewayClient client, Household household, String command, String body) {
        client.call("POST", "/api/v1/households/" + household.id + "/" + command, body, "household:" + household.registryNumber + ":" + command);
    }

    private void villageLifecycle(GatewayClient client) throws Exception {
        client.parallel("villages relocated", villages, village -> {
            String key = "village:" + village.index;
            client.call("POST", "/api/v1/villages/" + village.id + "/relocate", "{\"date\": \"2019-08-01\"}", key + ":relocate");
            if (village.index < VILLAGES_DEMOLISHED) {
                client.call("POST", "/api/v1/villages/" + village.id + "/demolish", "{\"date\": \"2019-10-01\"}", key + ":demolish");
            }
            if (village.index < VILLAGES_RECLAIMED) {
                client.call("POST", "/api/v1/villages/" + village.id + "/reclaim", "{\"date\": \"2020-05-01\"}", key + ":reclaim");
            }
        });
    }

    /** What a county receives of a fund source: an equal share, the rounding cents to the last county. */
    static BigDecimal countyShare(String source, int county) {
        long cents = new BigDecimal(FUNDS.get(source)).movePointRight(2).longValueExact();
        long share = cents / COUNTIES.length;
        return BigDecimal.valueOf(county == COUNTIES.length - 1 ? cents - share * (COUNTIES.length - 1) : share, 2);
    }

    private void funds(GatewayClient client) throws Exception {
        int year = 2016;
        for (Map.Entry<String, String> fund : FUNDS.entrySet()) {
            String source = fund.getKey();
            client.call("POST", "/api/v1/entries/receipts", JSON.createObjectNode().put("source", source).put("amount", fund.getValue())
                    .put("receivedOn", Math.min(year++, 2018) + "-03-01").put("documentNumber", "测试文号〔" + source + "〕1号").toString(),
                    "receipt:" + source);
        }
        List<String[]> disbursements = new ArrayList<>();
        for (String source : FUNDS.keySet()) {
            for (int c = 0; c < COUNTIES.length; c++) {
                disbursements.add(new String[] {source, COUNTIES[c], countyShare(source, c).toPlainString()});
            }
        }
        client.parallel("funds disbursed and spent", disbursements, d -> {
            client.call("POST", "/api/v1/entries/disbursements", JSON.createObjectNode().put("source", d[0]).put("county", d[1])
                    .put("amount", d[2]).put("disbursedOn", "2018-06-01").toString(), "disbursement:" + d[0] + ":" + d[1]);
            String purpose = switch (d[0]) {
                case "CITY_FISCAL" -> "INDUSTRY_SUPPORT";
                case "POLICY_LOAN", "LOCAL_GOVERNMENT_BOND" -> "HOUSING_SUBSIDY";
                case "CENTRAL_BUDGET" -> "CO_RELOCATION_SUBSIDY";
                default -> "DEMOLITION_RECLAMATION_REWARD";
            };
            BigDecimal spent = new BigDecimal(d[2]).multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.DOWN);
            client.call("POST", "/api/v1/entries/expenditures", JSON.createObjectNode().put("source", d[0]).put("county", d[1])
                    .put("purpose", purpose).put("amount", spent.toPlainString()).put("spentOn", "2019-03-01").toString(),
                    "expenditure:" + d[0] + ":" + d[1]);
        });
        ObjectNode declaration = JSON.createObjectNode().put("description", "晋中市易地扶贫搬迁资金 2016–2018（报告数）")
                .put("total", "917000000.00").put("periodFrom", "2016-01-01").put("periodTo", "2018-12-31");
        ObjectNode sources = declaration.putObject("sources");
        FUNDS.forEach((source, amount) -> {
            if (!source.equals("CITY_FISCAL")) {
                sources.put(source, amount);
            }
        });
        client.call("PUT", "/api/v1/declarations/jinzhong-2016-2018", declaration.toString(), null);
    }

    /** The report's published figures, declared so the data-quality view can check them. */
    public static Map<String, String[]> claims() {
        Map<String, String[]> claims = new LinkedHashMap<>();
        claims.put("funds.received", new String[] {null, null, "917000000"});
        claims.put("funds.received:CENTRAL_BUDGET", new String[] {null, null, "54810000"});
        claims.put("funds.received:LOCAL_GOVERNMENT_BOND", new String[] {null, null, "261000000"});
        claims.put("funds.received:SPECIAL_CONSTRUCTION_FUND", new String[] {null, null, "45145000"});
        claims.put("funds.received:POLICY_LOAN", new String[] {null, null, "564000000"});
        claims.put("poverty.lifted.rate", new String[] {"19850", "22909", "0.95"});
        claims.put("industry.coverage", new String[] {"22946", null, null});
        claims.put("relocation.people.registered-poor", new String[] {null, null, "22909"});
        claims.put("homestead.demolition.rate", new String[] {"10353", null, "0.9472"});
        claims.put("relocation.households", new String[] {null, null, "10466"});
        claims.put("occupancy.people", new String[] {null, null, "26473"});
        claims.put("occupancy.registered-poor.people", new String[] {null, null, "22039"});
        claims.put("relocation.people.co-relocated", new String[] {null, null, "3624"});
        claims.put("relocation.people", new String[] {null, null, "26533"});
        return claims;
    }

    private void declareClaims(GatewayClient client) {
        claims().forEach((id, figures) -> {
            ObjectNode body = JSON.createObjectNode().put("source", "晋中市易地扶贫搬迁工作报告 (Jinzhong report)");
            String[] names = {"numerator", "denominator", "value"};
            for (int i = 0; i < 3; i++) {
                if (figures[i] != null) {
                    body.put(names[i], new BigDecimal(figures[i]));
                }
            }
            client.call("PUT", "/api/v1/data-quality/claims/" + id, body.toString(), null);
        });
        System.out.println("demo: the report's claims declared");
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
