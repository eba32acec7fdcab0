package org.anju.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.anju.demo.GatewayClient.JSON;
import static org.anju.demo.PublishedFigures.VILLAGES_DEMOLISHED;
import static org.anju.demo.PublishedFigures.VILLAGES_RECLAIMED;

/** Loads the counties' relocation tasks, the sites (built and completed) and the deep-poverty villages with their relocation. */
final class SiteSteps {

    private final GatewayClient client;
    private final JinzhongDataSet data;
    private final GatewayIds ids;

    SiteSteps(GatewayClient client, JinzhongDataSet data, GatewayIds ids) {
        this.client = client;
        this.data = data;
        this.ids = ids;
    }

    /** Each county's task, then the sites: a site an earlier load created is only taken on to completion. */
    void tasksAndSites() throws Exception {
        data.relocationTasks().forEach((county, people) -> client.call("PUT", "/api/v1/relocation-tasks/" + county.code() + "/2016-2020",
                "{\"plannedPeople\": " + people + "}", null));
        client.parallel("sites", data.sites, site -> {
            ObjectNode body = JSON.createObjectNode().put("county", site.county.code()).put("town", site.town).put("name", site.name)
                    .put("placementMode", site.mode).put("plannedHouseholds", site.households + 3).put("plannedPeople", site.people + 10);
            String key = "site:" + site.index;
            String id = ids.remember(site, client.call("POST", "/api/v1/sites", body.toString(), key).path("id").asText());
            String status = client.get("/api/v1/sites/" + id).path("status").asText();
            if (status.equals("PLANNED")) {
                client.call("POST", "/api/v1/sites/" + id + "/start-construction", "{\"date\": \"2017-03-01\"}", key + ":start");
            }
            if (!status.equals("COMPLETED")) {
                client.call("POST", "/api/v1/sites/" + id + "/complete", "{\"date\": \"2018-10-01\"}", key + ":complete");
            }
        });
    }

    void villages() throws Exception {
        client.parallel("villages", data.villages, village -> {
            ObjectNode body = JSON.createObjectNode().put("county", village.county.code())
                    .put("township", village.county.name() + "测试乡").put("name", village.name);
            ids.remember(village, client.call("POST", "/api/v1/villages", body.toString(), "village:" + village.index).path("id").asText());
        });
    }

    /** Every village relocated, the first 117 demolished, the first 47 reclaimed. */
    void villageLifecycle() throws Exception {
        client.parallel("villages relocated", data.villages, village -> {
            String key = "village:" + village.index, path = "/api/v1/villages/" + ids.of(village);
            client.call("POST", path + "/relocate", "{\"date\": \"2020-07-01\"}", key + ":relocate");
            if (village.index < VILLAGES_DEMOLISHED) {
                client.call("POST", path + "/demolish", "{\"date\": \"2020-09-01\"}", key + ":demolish");
            }
            if (village.index < VILLAGES_RECLAIMED) {
                client.call("POST", path + "/reclaim", "{\"date\": \"2021-03-01\"}", key + ":reclaim");
            }
        });
    }
}
