package org.anju.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.demo.Communities.Request;
import org.anju.demo.JinzhongDataSet.Site;

import java.util.List;

import static org.anju.demo.GatewayClient.JSON;

/**
 * Loads the sites as communities: the facilities; per site a joint Party branch with its officers, Party
 * groups, work rules and (in Heshun) Party-building trainings; each site's standard (五化五通八有)
 * assessed; and the residents' requests taken through their steps of the "four firsts".
 */
final class CommunitySteps {

    private static final String[][] OFFICERS = {{"deputy", "DEPUTY_SECRETARY", "测试副书记"}, {"member-1", "COMMITTEE_MEMBER", "测试委员甲"},
            {"member-2", "COMMITTEE_MEMBER", "测试委员乙"}, {"member-3", "COMMITTEE_MEMBER", "测试委员丙"}};
    private static final List<String> IZATIONS_AND_CONNECTIONS = List.of("PAVED", "GREENED", "BEAUTIFIED", "LIT", "CLEANED", "ROAD",
            "POWER", "WATER", "TV", "INTERNET");

    private final GatewayClient client;
    private final JinzhongDataSet data;
    private final Communities communities;
    private final GatewayIds ids;

    CommunitySteps(GatewayClient client, JinzhongDataSet data, GatewayIds ids) {
        this.client = client;
        this.data = data;
        this.communities = data.communities;
        this.ids = ids;
    }

    void load() throws Exception {
        client.parallel("facilities", communities.facilities, facility -> {
            ObjectNode body = JSON.createObjectNode().put("county", facility.site().county.code()).put("siteId", ids.of(facility.site()))
                    .put("type", facility.type()).put("name", facility.name()).put("openedOn", "2019-09-01");
            if (facility.beds() != null) {
                body.put("beds", facility.beds());
            }
            client.call("POST", "/api/v1/facilities", body.toString(), "facility:" + facility.key());
        });
        client.parallel("Party branches, officers and groups", data.sites, this::branch);
        client.parallel("site standards assessed", data.sites, site -> {
            ObjectNode body = JSON.createObjectNode().put("county", site.county.code());
            ArrayNode items = body.putArray("items");
            IZATIONS_AND_CONNECTIONS.forEach(item -> items.addObject().put("item", item).put("met", true).put("evidenceOn", "2020-09-30"));
            for (String item : List.of("FITNESS_ROOM", "SPORTS_SQUARE")) {
                items.addObject().put("item", item).put("met", site.index % 3 != 0).put("evidenceOn", "2020-09-30");
            }
            client.call("PATCH", "/api/v1/sites/" + ids.of(site) + "/standard", body.toString(), null);
        });
        client.parallel("residents' requests", communities.requests, this::request);
    }

    private void branch(Site site) {
        String county = site.county.code(), key = "branch:" + site.index;
        ObjectNode body = JSON.createObjectNode().put("county", county).put("name", site.name + "联合党支部（测试）")
                .put("managementMode", site.index % 4 == 3 ? "TERRITORIAL" : "SINGLE_AFFILIATION_DUAL_MANAGEMENT")
                .put("foundedOn", "2019-07-01");
        body.putArray("siteIds").add(ids.of(site));
        body.putObject("secretary").put("officerId", "demo-" + site.index + "-secretary")
                .put("name", "测试书记" + site.county.name() + (site.index + 1));
        String branch = "/api/v1/party-branches/" + client.call("POST", "/api/v1/party-branches", body.toString(), key).path("id").asText();
        for (String[] officer : OFFICERS) {
            client.call("POST", branch + "/officers", JSON.createObjectNode().put("officerId", "demo-" + site.index + "-" + officer[0])
                    .put("name", officer[2] + (site.index + 1)).put("role", officer[1]).put("appointedOn", "2019-07-01").toString(),
                    key + ":officer:" + officer[0]);
        }
        for (int g = 0; g < communities.groupsAt(site); g++) {
            client.call("POST", branch + "/groups", JSON.createObjectNode().put("name", "第" + (g + 1) + "党小组（测试）")
                    .put("memberCount", 5 + (site.index + g) % 8).put("formedOn", "2019-08-01").toString(), key + ":group:" + g);
        }
        client.call("POST", branch + "/rules", JSON.createObjectNode().put("kind", "WORK_SYSTEM").put("title", "联合党支部工作制度（测试）")
                .put("adoptedOn", "2019-08-01").toString(), key + ":rule");
        communities.partyTrainingAt(site).ifPresent(training -> client.call("POST", "/api/v1/activities", JSON.createObjectNode()
                .put("county", county).put("siteId", ids.of(site)).put("kind", "TRAINING").put("title", "党建引领培训（测试）")
                .put("heldOn", "2020-06-30").put("sessions", training.sessions()).put("participants", training.participants()).toString(),
                key + ":training"));
    }

    private void request(Request request) {
        Site site = request.site();
        ObjectNode body = JSON.createObjectNode().put("county", site.county.code()).put("siteId", ids.of(site))
                .put("householdId", ids.of(request.household())).put("category", request.category())
                .put("channel", request.channel()).put("summary", request.summary());
        request.receivedAt().ifPresent(receivedAt -> body.put("receivedAt", receivedAt.toString()));
        String key = "request:" + request.key();
        String path = "/api/v1/requests/" + client.call("POST", "/api/v1/requests", body.toString(), key).path("request").path("id").asText();
        for (String step : request.steps()) {
            switch (step) {
                case "backlog" -> { }
                case "resolve", "resolve-rectify" -> client.call("POST", path + "/resolve", JSON.createObjectNode()
                        .put("resolution", "测试：已处理").put("rectificationRequired", step.equals("resolve-rectify")).toString(), key + ":resolve");
                case "rectify" -> client.call("POST", path + "/rectify",
                        JSON.createObjectNode().put("rectification", "测试：已建立定期巡查制度").toString(), key + ":rectify");
                default -> client.call("POST", path + "/" + step, "", key + ":" + step);
            }
        }
    }
}
