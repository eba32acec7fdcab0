package org.anju.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.anju.demo.JinzhongDataSet.Household;
import org.anju.demo.JinzhongDataSet.Member;
import org.anju.demo.JinzhongDataSet.Site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the households: one import file per county, then each household through its lifecycle (housing
 * allocated and moved in, lifted out of poverty, old homestead demolished and reclaimed).
 */
final class HouseholdSteps {

    private final GatewayClient client;
    private final JinzhongDataSet data;
    private final GatewayIds ids;

    HouseholdSteps(GatewayClient client, JinzhongDataSet data, GatewayIds ids) {
        this.client = client;
        this.data = data;
        this.ids = ids;
    }

    /** A county's households as the import file the county office would upload, naming the sites' and villages' ids. */
    static String csv(JinzhongDataSet data, County county, GatewayIds ids) {
        StringBuilder csv = new StringBuilder("registryNumber,county,originVillage,originNaturalVillage,villageId,category,siteId,"
                + "homesteadToDemolish,memberName,idNumber,relation,labourCapacity,phone\n");
        for (Household household : data.households(county)) {
            String villageId = household.village == null ? "" : ids.of(household.village);
            String siteId = household.site == null ? "" : ids.of(household.site);
            String origin = household.village == null ? "测试村" + (household.index % 40 + 1) : household.village.name;
            for (Member member : household.members) {
                csv.append(household.registryNumber).append(',').append(county.code()).append(',').append(origin).append(',')
                        .append(origin).append("自然村,").append(villageId).append(',').append(household.category).append(',')
                        .append(siteId).append(',').append(household.homestead).append(',').append(member.name).append(',')
                        .append(member.idNumber).append(',').append(member.relation).append(',').append(member.labour).append(",\n");
            }
        }
        return csv.toString();
    }

    /** Every county's file, waiting for each import to finish; then every household's id, also of those an earlier load imported. */
    void importAll() throws Exception {
        long started = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (County county : County.ALL) {
            JsonNode job = client.send("POST", "/api/v1/imports/households", csv(data, county, ids), "import:" + county.code(), "text/csv",
                    202, 200);
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
        client.report("households imported (%d, %d rejected) in %d s".formatted(imported, rejected,
                (System.nanoTime() - started) / 1_000_000_000L));
        // an import made on an earlier load reports its households as already there; find every id
        Map<String, Household> byRegistry = new HashMap<>();
        data.households.forEach(household -> byRegistry.put(household.registryNumber, household));
        int found = 0;
        for (County county : County.ALL) {
            String cursor = null;
            do {
                JsonNode page = client.get("/api/v1/households?county=" + county.code() + "&limit=500"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
                for (JsonNode item : page.path("items")) {
                    Household household = byRegistry.get(item.path("registryNumber").asText());
                    if (household != null) {
                        ids.remember(household, item.path("id").asText());
                        found++;
                    }
                }
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            } while (cursor != null && !cursor.isEmpty());
        }
        if (found != data.households.size()) {
            throw new IllegalStateException("found " + found + " of " + data.households.size() + " households after the import");
        }
    }

    void lifecycle() throws Exception {
        Map<Site, Integer> allocated = new HashMap<>();
        Map<Household, String> flats = new HashMap<>();
        Map<Household, Integer> order = new HashMap<>();
        for (Household household : data.households) {
            if (household.movedIn) {
                int n = allocated.merge(household.site, 1, Integer::sum) - 1;
                flats.put(household, (n / 24 + 1) + "-" + (n % 24 / 4 + 1) + "0" + (n % 4 + 1));
                order.put(household, n * data.sites.size() + household.site.index);
            }
        }
        // allocation locks the site: interleave the sites so that concurrent requests rarely wait for each other
        List<Household> movedIn = data.households.stream().filter(h -> h.movedIn).sorted(Comparator.comparing(order::get)).toList();
        client.parallel("housing allocated and moved in", movedIn, household -> {
            command(household, "allocate-housing", "{\"siteId\": \"" + ids.of(household.site) + "\", \"flat\": \""
                    + flats.get(household) + "\", \"date\": \"" + household.allocatedOn + "\"}");
            command(household, "move-in", "{\"date\": \"" + household.movedInOn + "\"}");
        });
        client.parallel("lifted out of poverty", data.households.stream().filter(h -> h.lifted).toList(),
                household -> command(household, "lift-out-of-poverty", "{\"date\": \"" + household.liftedOn + "\"}"));
        client.parallel("homesteads demolished (and reclaimed)", data.households.stream().filter(h -> h.demolished).toList(), household -> {
            command(household, "demolish-homestead", "{\"date\": \"" + household.demolishedOn + "\"}");
            if (household.reclaimed) {
                command(household, "reclaim-homestead", "{\"date\": \"" + household.reclaimedOn + "\"}");
            }
        });
    }

    private void command(Household household, String command, String body) {
        client.call("POST", "/api/v1/households/" + ids.of(household) + "/" + command, body,
                "household:" + household.registryNumber + ":" + command);
    }
}
