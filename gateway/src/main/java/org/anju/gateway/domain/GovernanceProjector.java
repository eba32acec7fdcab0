package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.anju.gateway.domain.Dating.date;
import static org.anju.gateway.domain.Counter.ACTIVITIES;
import static org.anju.gateway.domain.Counter.ACTIVITIES_PARTICIPANTS;
import static org.anju.gateway.domain.Counter.AWARDS;
import static org.anju.gateway.domain.Counter.FACILITIES_OPEN;
import static org.anju.gateway.domain.Counter.PARTY_BRANCHES;
import static org.anju.gateway.domain.Counter.PARTY_GROUPS;
import static org.anju.gateway.domain.Counter.PARTY_GROUP_MEMBERS;
import static org.anju.gateway.domain.Counter.REQUESTS;
import static org.anju.gateway.domain.Counter.REQUESTS_ACCEPTED;
import static org.anju.gateway.domain.Counter.REQUESTS_ACCEPTED_ON_TIME;
import static org.anju.gateway.domain.Counter.REQUESTS_OVERDUE;
import static org.anju.gateway.domain.Counter.REQUESTS_RESOLVED;
import static org.anju.gateway.domain.Counter.STANDARD_ITEMS;
import static org.anju.gateway.domain.Counter.STANDARD_ITEMS_MET;
import static org.anju.gateway.domain.Counter.STANDARD_SITES;
import static org.anju.gateway.domain.Counter.STANDARD_SITES_COMPLIANT;

/**
 * Counters from {@code governance.v1}: Party branches and groups, facilities, site standards, requests.
 * <p>
 * Dated: a Party branch from {@code foundedOn}, each Party group from its {@code formedOn}; a facility
 * is open from {@code openedOn} until {@code closedOn}; a request counts as submitted, accepted and
 * resolved on the programme-zone days of those instants, and as overdue from a step's deadline
 * ({@code *OverdueAt}) until the step was done; a site standard on the day it was assessed; an
 * activity on {@code heldOn}; an award on {@code grantedOn}.
 */
public final class GovernanceProjector implements Projector {

    public static final String PARTY_BRANCH = "party-branch";
    public static final String FACILITY = "facility";
    public static final String REQUEST = "request";
    public static final String SITE_STANDARD = "site-standard";
    public static final String ACTIVITY = "activity";
    public static final String AWARD = "award";

    @Override
    public Contributions contributions(String kind, JsonNode snapshot, Dating dating) {
        Scope county = Snapshots.county(snapshot);
        Scope site = Snapshots.site(snapshot);
        return switch (kind) {
            case PARTY_BRANCH -> partyBranch(snapshot, county, dating);
            case FACILITY -> facility(snapshot, county, site, dating);
            case REQUEST -> request(snapshot, county, site, dating);
            case SITE_STANDARD -> {
                LocalDate assessed = dating.first(dating.day(snapshot.path("assessedAt")));
                yield Contributions.none()
                        .count(STANDARD_SITES, true, assessed, Scope.CITY, county, site)
                        .count(STANDARD_SITES_COMPLIANT, snapshot.path("compliant").asBoolean(), assessed, Scope.CITY, county, site)
                        .add(STANDARD_ITEMS_MET, snapshot.path("metItems").asLong(), assessed, Scope.CITY, county, site)
                        .add(STANDARD_ITEMS, snapshot.path("totalItems").asLong(), assessed, Scope.CITY, county, site);
            }
            case ACTIVITY -> {
                LocalDate held = dating.first(date(snapshot.path("heldOn")));
                yield Contributions.none()
                        .count(ACTIVITIES, true, held, Scope.CITY, county, site)
                        .add(ACTIVITIES_PARTICIPANTS, snapshot.path("participants").asLong(), held, Scope.CITY, county, site);
            }
            case AWARD -> Contributions.none().count(AWARDS, true, dating.first(date(snapshot.path("grantedOn"))), Scope.CITY, county, site);
            default -> throw new IllegalArgumentException("not a governance kind: " + kind);
        };
    }

    /** The branch from its founding; each group and its members from the group's forming (the rest of the totals with the branch). */
    private static Contributions partyBranch(JsonNode branch, Scope county, Dating dating) {
        LocalDate founded = dating.first(date(branch.path("foundedOn")));
        Contributions contributions = Contributions.none().count(PARTY_BRANCHES, true, founded, Scope.CITY, county);
        long groups = branch.path("groupCount").asLong();
        long members = branch.path("groupMemberCount").asLong();
        for (JsonNode group : branch.path("groups")) {
            LocalDate formed = dating.first(date(group.path("formedOn")), founded);
            contributions.add(PARTY_GROUPS, 1, formed, Scope.CITY, county)
                    .add(PARTY_GROUP_MEMBERS, group.path("memberCount").asLong(), formed, Scope.CITY, county);
            groups--;
            members -= group.path("memberCount").asLong();
        }
        return contributions.add(PARTY_GROUPS, groups, founded, Scope.CITY, county)
                .add(PARTY_GROUP_MEMBERS, members, founded, Scope.CITY, county);
    }

    private static Contributions facility(JsonNode facility, Scope county, Scope site, Dating dating) {
        String status = facility.path("status").asText();
        if (!"OPEN".equals(status) && !("CLOSED".equals(status) && facility.path("openedOn").isTextual())) {
            return Contributions.none();
        }
        LocalDate opened = dating.first(date(facility.path("openedOn")));
        LocalDate closed = "CLOSED".equals(status) ? dating.first(date(facility.path("closedOn")), opened) : null;
        return Contributions.none()
                .during(FACILITIES_OPEN, BigDecimal.ONE, opened, closed, Scope.CITY, county, site)
                .during(FACILITIES_OPEN.part(facility.path("type").asText()), BigDecimal.ONE, opened, closed, Scope.CITY, county, site);
    }

    private static Contributions request(JsonNode request, Scope county, Scope site, Dating dating) {
        LocalDate submitted = dating.first(dating.day(request.path("submittedAt")));
        LocalDate accepted = dating.day(request.path("acceptedAt"));
        LocalDate resolved = dating.day(request.path("resolvedAt"));
        Contributions contributions = Contributions.none()
                .count(REQUESTS, true, submitted, Scope.CITY, county, site)
                .count(REQUESTS_ACCEPTED, accepted != null, dating.first(accepted, submitted), Scope.CITY, county, site)
                .count(REQUESTS_ACCEPTED_ON_TIME, request.path("acceptedOnTime").asBoolean(false), dating.first(accepted, submitted),
                        Scope.CITY, county, site)
                .count(REQUESTS_RESOLVED, resolved != null, dating.first(resolved, submitted), Scope.CITY, county, site);
        overdue(request, dating).forEach((from, until) ->
                contributions.during(REQUESTS_OVERDUE, BigDecimal.ONE, from, until, Scope.CITY, county, site));
        if (resolved != null) {
            Duration taken = Duration.between(OffsetDateTime.parse(request.path("submittedAt").asText()),
                    OffsetDateTime.parse(request.path("resolvedAt").asText()));
            contributions.count(ResolveTimeHistogram.bucket(taken), true, resolved, Scope.CITY, county, site);
        }
        return contributions;
    }

    /**
     * The days a request was overdue: from each step's deadline until the step was done (open while
     * it is not), merged so that a request is overdue once however many of its steps are.
     *
     * @return start → end (null: still overdue), in day order, not overlapping
     */
    static SortedMap<LocalDate, LocalDate> overdue(JsonNode request, Dating dating) {
        List<LocalDate[]> spans = new ArrayList<>();
        String[][] steps = {{"acceptOverdueAt", "acceptedAt"}, {"resolveOverdueAt", "resolvedAt"}, {"replyOverdueAt", "repliedAt"}};
        for (String[] step : steps) {
            LocalDate from = dating.day(request.path(step[0]));
            if (from != null) {
                LocalDate until = dating.day(request.path(step[1]));
                if (until == null || until.isAfter(from)) {
                    spans.add(new LocalDate[] {from, until});
                }
            }
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        SortedMap<LocalDate, LocalDate> merged = new TreeMap<>();
        LocalDate start = null;
        LocalDate end = null;
        boolean open = false;
        for (LocalDate[] span : spans) {
            if (start != null && (open || !span[0].isAfter(end))) {
                open = open || span[1] == null;
                end = open ? null : (span[1].isAfter(end) ? span[1] : end);
                continue;
            }
            if (start != null) {
                merged.put(start, end);
            }
            start = span[0];
            end = span[1];
            open = span[1] == null;
        }
        if (start != null) {
            merged.put(start, open ? null : end);
        }
        return merged;
    }
}
