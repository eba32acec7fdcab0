package org.anju.demo;

import org.anju.demo.JinzhongDataSet.Household;
import org.anju.demo.JinzhongDataSet.Site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.anju.demo.JinzhongDataSet.split;
import static org.anju.demo.PublishedFigures.FACILITIES;
import static org.anju.demo.PublishedFigures.HESHUN_PARTY_GROUPS;
import static org.anju.demo.PublishedFigures.HESHUN_PARTY_TRAINEES;
import static org.anju.demo.PublishedFigures.HESHUN_PARTY_TRAINING_SESSIONS;
import static org.anju.demo.PublishedFigures.XIYANG_BUS_LINE;
import static org.anju.demo.PublishedFigures.YUSHE_ELDERLY_HOME_BEDS;

/**
 * The sites as communities: a joint Party branch per site with its Party groups (41 in Heshun),
 * Heshun's Party-building trainings (258 sessions, 2,288 trainees), the report's facilities plus
 * Yushe's 150-bed elderly home and Xiyang's free bus line 105, and residents' requests in every state
 * of the "four firsts".
 */
final class Communities {

    static final int REQUESTS_PER_SITE = 8;
    /** Paper requests received before the suite was used, entered late: a fixed time so that a reload sends the same body. */
    private static final Instant BACKLOG_RECEIVED = Instant.parse("2026-01-05T01:00:00Z");
    private static final String[] SUMMARIES = {"暖气不热", "楼道灯不亮", "希望增加公交班次", "咨询公益性岗位报名", "下水道堵塞",
            "希望开办老年食堂", "电梯故障", "咨询医保报销"};
    private static final String[] CATEGORIES = {"DIFFICULTY", "COMPLAINT", "DIFFICULTY", "ENQUIRY", "COMPLAINT", "SUGGESTION",
            "DIFFICULTY", "ENQUIRY"};

    /**
     * What happens to the k-th request of a site: the steps taken, and whether it was received on paper
     * before it was entered. Together they cover every state, on time and late, some overdue.
     */
    private static final List<List<String>> STORIES = List.of(
            List.of("accept", "resolve", "reply"),
            List.of("accept", "resolve-rectify", "reply", "rectify"),
            List.of("accept", "resolve"),
            List.of("accept"),
            List.of(),
            List.of("backlog"),
            List.of("backlog", "accept", "resolve", "reply"),
            List.of("accept", "resolve", "reply"));

    record Facility(String key, String type, Site site, String name, Integer beds) {
    }

    /** The {@code story}-th request of its site, from one of the site's residents. */
    record Request(String key, Site site, Household household, int story) {

        /** The steps taken on it: accept, resolve (resolve-rectify: with a rectification required), reply, rectify; backlog first if it came on paper. */
        List<String> steps() {
            return STORIES.get(story);
        }

        boolean backlog() {
            return steps().contains("backlog");
        }

        String category() {
            return CATEGORIES[story];
        }

        String channel() {
            return backlog() ? "IN_PERSON" : story % 2 == 0 ? "PHONE" : "GRID_WORKER";
        }

        String summary() {
            return "测试诉求：" + SUMMARIES[story];
        }

        /** When a paper request was received (an hour later per site); none for one entered as it came. */
        Optional<Instant> receivedAt() {
            return backlog() ? Optional.of(BACKLOG_RECEIVED.plus(site.index, ChronoUnit.HOURS)) : Optional.empty();
        }
    }

    /** Heshun's Party-building trainings at one of its sites. */
    record PartyTraining(int sessions, int participants) {
    }

    final List<Facility> facilities = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    private final List<Site> heshun;

    /** Made of the data set's households and sites. */
    Communities(JinzhongDataSet data) {
        heshun = data.sites(County.HESHUN);
        FACILITIES.forEach((type, count) -> {
            for (int i = 0; i < count; i++) {
                Site site = data.sites.get((i * 7 + type.length()) % data.sites.size());
                facilities.add(new Facility(type + ":" + i, type, site, site.name + "测试" + type.toLowerCase() + (i + 1), null));
            }
        });
        facilities.add(new Facility("ELDERLY_HOME:yushe", "ELDERLY_HOME", data.sites(County.YUSHE).get(0), "榆社县敬老院（测试）",
                YUSHE_ELDERLY_HOME_BEDS));
        facilities.add(new Facility("BUS_LINE:xiyang-" + XIYANG_BUS_LINE, "BUS_LINE", data.sites(County.XIYANG).get(0),
                XIYANG_BUS_LINE + "路免费公交（测试）", null));
        for (Site site : data.sites) {
            List<Household> residents = data.households.stream().filter(h -> h.site == site).toList();
            for (int k = 0; k < REQUESTS_PER_SITE; k++) {
                requests.add(new Request(site.index + ":" + k, site, residents.get(k * 7 % residents.size()), k));
            }
        }
    }

    /** Party groups per site: Heshun's 41 over its sites, three elsewhere. */
    int groupsAt(Site site) {
        return site.county.equals(County.HESHUN) ? heshunShare(HESHUN_PARTY_GROUPS, site) : 3;
    }

    /** Heshun's 258 sessions with 2,288 trainees over its sites; none elsewhere. */
    Optional<PartyTraining> partyTrainingAt(Site site) {
        return site.county.equals(County.HESHUN)
                ? Optional.of(new PartyTraining(heshunShare(HESHUN_PARTY_TRAINING_SESSIONS, site), heshunShare(HESHUN_PARTY_TRAINEES, site)))
                : Optional.empty();
    }

    /** A Heshun site's part of a Heshun figure: near-equal parts, the first sites one more. */
    private int heshunShare(int total, Site site) {
        return split(total, heshun.size())[heshun.indexOf(site)];
    }
}
