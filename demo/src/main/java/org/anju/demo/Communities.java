package org.anju.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.demo.JinzhongDemo.Household;
import org.anju.demo.JinzhongDemo.Site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.anju.demo.GatewayClient.JSON;
import static org.anju.demo.JinzhongDemo.COUNTIES;
import static org.anju.demo.JinzhongDemo.COUNTY_NAMES;

/**
 * The sites as communities: a joint Party branch per site with its officers, Party groups (41 in
 * Heshun) and work rules, Heshun's Party-building trainings (258 sessions, 2,288 trainees), the
 * report's facilities plus Yushe's 150-bed elderly home and Xiyang's free bus line 105, each
 * site's standard assessment, and residents' requests in every state of the "four firsts".
 */
final class Communities {

    static final int HESHUN_GROUPS = 41, HESHUN_TRAINING_SESSIONS = 258, HESHUN_TRAINEES = 2_288;
    static final int REQUESTS_PER_SITE = 8;
    /** Paper requests received before the suite was used, entered late: a fixed time so that a reload sends the same body. */
    static final Instant BACKLOG_RECEIVED = Instant.parse("2026-01-05T01:00:00Z");
    private static final String[] SUMMARIES = {"暖气不热", "楼道灯不亮", "希望增加公交班次", "咨询公益性岗位报名", "下水道堵塞",
            "希望开办老年食堂", "电梯故障", "咨询医保报销"};
    private static final String[] CATEGORIES = {"DIFFICULTY", "COMPLAINT", "DIFFICULTY", "ENQUIRY", "COMPLAINT", "SUGGESTION",
            "DIFFICULTY", "ENQUIRY"};
    private static final List<String> IZATIONS_AND_CONNECTIONS = List.of("PAVED", "GREENED", "BEAUTIFIED", "LIT", "CLEANED", "ROAD",
            "POWER", "WATER", "TV", "INTERNET");

    /**
     * What happens to the k-th request of a site: the steps taken, and whether it was received on paper
     * before it was entered. Together they cover every state, on time and late, some overdue.
     */
    private static final String[][] STORIES = {
            {"accept", "resolve", "reply"},
            {"accept", "resolve-rectify", "reply", "rectify"},
            {"accept", "resolve"},
            {"accept"},
            {},
            {"backlog"},
            {"backlog", "accept", "resolve", "reply"},
            {"accept", "resolve", "reply"}};

    record Facility(String key, String type, int site, String name, Integer beds) {
    }

    record Request(String key, int site, Household household, int story) {
    }

    final List<Facility> facilities = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    private final JinzhongDemo demo;

    Communities(JinzhongDemo demo) {
        this.demo = demo;
        JinzhongDemo.FACILITIES.forEach((type, count) -> {
            for (int i = 0; i < count; i++) {
                Site site = demo.sites.get((i * 7 + type.length()) % demo.sites.size());
                facilities.add(new Facility(type + ":" + i, type, site.index, site.name + "测试" + type.toLowerCase() + (i + 1), null));
            }
        });
        facilities.add(new Facility("ELDERLY_HOME:yushe", "ELDERLY_HOME", firstSite(FollowUpSupport.YUSHE).index, "榆社县敬老院（测试）", 150));
        facilities.add(new Facility("BUS_LINE:xiyang-105", "BUS_LINE", firstSite(FollowUpSupport.XIYANG).index, "105路免费公交（测试）", null));
        for (Site site : demo.sites) {
            List<Household> residents = demo.households.stream().filter(h -> h.site == site.index).toList();
            for (int k = 0; k < REQUESTS_PER_SITE; k++) {
                requests.add(new Request(site.index + ":" + k, site.index, residents.get(k * 7 % residents.size()), k));
            }
        }
    }

    private Site firstSite(int county) {
        return demo.sites.stream().filter(s -> s.county == county).findFirst().orElseThrow();
    }

    /** Party groups per site: Heshun's 41 over its sites, three elsewhere. */
    int groupsAt(Site site) {
        if (site.county != FollowUpSupport.HESHUN) {
            return 3;
        }
        List<Site> heshun = demo.sites.stream().filter(s -> s.county == FollowUpSupport.HESHUN).toList();
        int i = heshun.indexOf(site);
        return HESHUN_GROUPS / heshun.size() + (i < HESHUN_GROUPS % heshun.size() ? 1 : 0);
    }

    void load(GatewayClient client) throws Exception {
        client.parallel("facilities", facilities, facility -> {
            Site site = demo.sites.get(facility.site);
            ObjectNode body = JSON.createObjectNode().put("county", COUNTIES[site.county]).put("siteId", site.id)
                    .put("type", facility.type).put("name", facility.name).put("openedOn", "2019-09-01");
            if (facility.beds != null) {
                body.put("beds", facility.beds);
            }
            client.call("POST", "/api/v1/facilities", body.toString(), "facility:" + facility.key);
        });
        client.parallel("Party branches, officers and groups", demo.sites, site -> branch(client, site));
        client.parallel("site standards assessed", demo.sites, site -> {
            ObjectNode body = JSON.createObjectNode().put("county", COUNTIES[site.county]);
            ArrayNode items = body.putArray("items");
            IZATIONS_AND_CONNECTIONS.forEach(item -> items.addObject().put("item", item).put("met", true).put("evidenceOn", "2020-09-30"));
            for (String item : List.of("FITNESS_ROOM", "SPORTS_SQUARE")) {
                items.addObject().put("item", item).put("met", site.index % 3 != 0).put("evidenceOn", "2020-09-30");
            }
            client.call("PATCH", "/api/v1/sites/" + site.id + "/standard", body.toString(), null);
        });
        client.parallel("residents' requests", requests, request -> request(client, request));
    }

    private static final String[][] OFFICERS = {{"deputy", "DEPUTY_SECRETARY", "测试副书记"}, {"member-1", "COMMITTEE_MEMBER", "测试委员甲"},
            {"member-2", "COMMITTEE_MEMBER", "测试委员乙"}, {"member-3", "COMMITTEE_MEMBER", "测试委员丙"}};

    private void branch(GatewayClient client, Site site) {
        String county = COUNTIES[site.county], key = "branch:" + site.index;
        ObjectNode body = JSON.createObjectNode().put("county", county).put("name", site.name + "联合党支部（测试）")
                .put("managementMode", site.index % 4 == 3 ? "TERRITORIAL" : "SINGLE_AFFILIATION_DUAL_MANAGEMENT")
                .put("foundedOn", "2019-07-01");
        body.putArray("siteIds").add(site.id);
        body.putObject("secretary").put("officerId", "demo-" + site.index + "-secretary")
                .put("name", "测试书记" + COUNTY_NAMES[site.county] + (site.index + 1));
        String branch = "/api/v1/party-branches/" + client.call("POST", "/api/v1/party-branches", body.toString(), key).path("id").asText();
        for (String[] officer : OFFICERS) {
            client.call("POST", branch + "/officers", JSON.createObjectNode().put("officerId", "demo-" + site.index + "-" + officer[0])
                    .put("name", officer[2] + (site.index + 1)).put("role", officer[1]).put("appointedOn", "2019-07-01").toString(),
                    key + ":officer:" + officer[0]);
        }
        for (int g = 0; g < groupsAt(site); g++) {
            client.call("POST", branch + "/groups", JSON.createObjectNode().put("name", "第" + (g + 1) + "党小组（测试）")
                    .put("memberCount", 5 + (site.index + g) % 8).put("formedOn", "2019-08-01").toString(), key + ":group:" + g);
        }
        client.call("POST", branch + "/rules", JSON.createObjectNode().put("kind", "WORK_SYSTEM").put("title", "联合党支部工作制度（测试）")
                .put("adoptedOn", "2019-08-01").toString(), key + ":rule");
        if (site.county == FollowUpSupport.HESHUN) {
            List<Site> heshun = demo.sites.stream().filter(s -> s.county == FollowUpSupport.HESHUN).toList();
            int i = heshun.indexOf(site), n = heshun.size();
            client.call("POST", "/api/v1/activities", JSON.createObjectNode().put("county", county).put("siteId", site.id)
                    .put("kind", "TRAINING").put("title", "党建引领培训（测试）").put("heldOn", "2020-06-30")
                    .put("sessions", HESHUN_TRAINING_SESSIONS / n + (i < HESHUN_TRAINING_SESSIONS % n ? 1 : 0))
                    .put("participants", HESHUN_TRAINEES / n + (i < HESHUN_TRAINEES % n ? 1 : 0)).toString(), key + ":training");
        }
    }

    private void request(GatewayClient client, Request request) {
        Site site = demo.sites.get(request.site);
        String[] story = STORIES[request.story];
        boolean backlog = story.length > 0 && story[0].equals("backlog");
        ObjectNode body = JSON.createObjectNode().put("county", COUNTIES[site.county]).put("siteId", site.id)
                .put("householdId", request.household.id).put("category", CATEGORIES[request.story])
                .put("channel", backlog ? "IN_PERSON" : request.story % 2 == 0 ? "PHONE" : "GRID_WORKER")
                .put("summary", "测试诉求：" + SUMMARIES[request.story]);
        if (backlog) {
            body.put("receivedAt", BACKLOG_RECEIVED.plus(request.site, ChronoUnit.HOURS).toString());
        }
        String key = "request:" + request.key;
        String path = "/api/v1/requests/" + client.call("POST", "/api/v1/requests", body.toString(), key).path("request").path("id").asText();
        for (String step : story) {
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
