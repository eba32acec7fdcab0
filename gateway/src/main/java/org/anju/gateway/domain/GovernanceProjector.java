package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.OffsetDateTime;

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

/** Counters from {@code governance.v1}: Party branches and groups, facilities, site standards, requests. */
public final class GovernanceProjector implements Projector {

    public static final String PARTY_BRANCH = "party-branch";
    public static final String FACILITY = "facility";
    public static final String REQUEST = "request";
    public static final String SITE_STANDARD = "site-standard";
    public static final String ACTIVITY = "activity";
    public static final String AWARD = "award";

    @Override
    public Contributions contributions(String kind, JsonNode snapshot) {
        Scope county = Snapshots.county(snapshot);
        Scope site = Snapshots.site(snapshot);
        return switch (kind) {
            case PARTY_BRANCH -> Contributions.none()
                    .count(PARTY_BRANCHES, true, Scope.CITY, county)
                    .add(PARTY_GROUPS, snapshot.path("groupCount").asLong(), Scope.CITY, county)
                    .add(PARTY_GROUP_MEMBERS, snapshot.path("groupMemberCount").asLong(), Scope.CITY, county);
            case FACILITY -> {
                boolean open = "OPEN".equals(snapshot.path("status").asText());
                yield Contributions.none()
                        .count(FACILITIES_OPEN, open, Scope.CITY, county, site)
                        .count(FACILITIES_OPEN.part(snapshot.path("type").asText()), open, Scope.CITY, county, site);
            }
            case REQUEST -> request(snapshot, county, site);
            case SITE_STANDARD -> Contributions.none()
                    .count(STANDARD_SITES, true, Scope.CITY, county, site)
                    .count(STANDARD_SITES_COMPLIANT, snapshot.path("compliant").asBoolean(), Scope.CITY, county, site)
                    .add(STANDARD_ITEMS_MET, snapshot.path("metItems").asLong(), Scope.CITY, county, site)
                    .add(STANDARD_ITEMS, snapshot.path("totalItems").asLong(), Scope.CITY, county, site);
            case ACTIVITY -> Contributions.none()
                    .count(ACTIVITIES, true, Scope.CITY, county, site)
                    .add(ACTIVITIES_PARTICIPANTS, snapshot.path("participants").asLong(), Scope.CITY, county, site);
            case AWARD -> Contributions.none().count(AWARDS, true, Scope.CITY, county, site);
            default -> throw new IllegalArgumentException("not a governance kind: " + kind);
        };
    }

    private static Contributions request(JsonNode request, Scope county, Scope site) {
        boolean accepted = request.path("acceptedAt").isTextual();
        boolean resolved = request.path("resolvedAt").isTextual();
        boolean overdue = (request.path("acceptOverdueAt").isTextual() && !accepted)
                || (request.path("resolveOverdueAt").isTextual() && !resolved)
                || (request.path("replyOverdueAt").isTextual() && !request.path("repliedAt").isTextual());
        Contributions contributions = Contributions.none()
                .count(REQUESTS, true, Scope.CITY, county, site)
                .count(REQUESTS_ACCEPTED, accepted, Scope.CITY, county, site)
                .count(REQUESTS_ACCEPTED_ON_TIME, request.path("acceptedOnTime").asBoolean(false), Scope.CITY, county, site)
                .count(REQUESTS_RESOLVED, resolved, Scope.CITY, county, site)
                .count(REQUESTS_OVERDUE, overdue, Scope.CITY, county, site);
        if (resolved) {
            Duration taken = Duration.between(OffsetDateTime.parse(request.path("submittedAt").asText()),
                    OffsetDateTime.parse(request.path("resolvedAt").asText()));
            contributions.count(ResolveTimeHistogram.bucket(taken), true, Scope.CITY, county, site);
        }
        return contributions;
    }
}
