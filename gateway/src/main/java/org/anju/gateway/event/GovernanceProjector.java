package org.anju.gateway.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.ResolveTimeHistogram;
import org.anju.gateway.domain.Scope;
import org.anju.platform.events.EventEnvelope;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Counters from {@code governance.v1}: Party branches and groups, facilities, site standards, requests. */
@ApplicationScoped
public class GovernanceProjector implements Projector {

    private static final EventKinds KINDS = new EventKinds("governance-service")
            .kind("party-branch", "PartyBranch*", "Branch*", "PartyGroupFormed")
            .kind("facility", "Facility*")
            .kind("request", "Request*")
            .kind("site-standard", "SiteStandardAssessed")
            .kind("activity", "ActivityHeld")
            .kind("award", "AwardGranted");

    @Override
    public Optional<String> kindOf(EventEnvelope event) {
        return KINDS.of(event);
    }

    @Override
    public Contributions contributions(String kind, JsonNode snapshot) {
        Scope county = Scope.county(snapshot.path("county").asText());
        Scope site = snapshot.path("siteId").isTextual() ? Scope.site(snapshot.path("siteId").asText()) : null;
        return switch (kind) {
            case "party-branch" -> Contributions.none()
                    .count("party.branches", true, Scope.CITY, county)
                    .add("party.groups", snapshot.path("groupCount").asLong(), Scope.CITY, county)
                    .add("party.group-members", snapshot.path("groupMemberCount").asLong(), Scope.CITY, county);
            case "facility" -> {
                boolean open = "OPEN".equals(snapshot.path("status").asText());
                yield Contributions.none()
                        .count("facilities.open", open, Scope.CITY, county, site)
                        .count("facilities.open:" + snapshot.path("type").asText(), open, Scope.CITY, county, site);
            }
            case "request" -> request(snapshot, county, site);
            case "site-standard" -> Contributions.none()
                    .count("standard.sites", true, Scope.CITY, county, site)
                    .count("standard.sites.compliant", snapshot.path("compliant").asBoolean(), Scope.CITY, county, site)
                    .add("standard.items.met", snapshot.path("metItems").asLong(), Scope.CITY, county, site)
                    .add("standard.items", snapshot.path("totalItems").asLong(), Scope.CITY, county, site);
            case "activity" -> Contributions.none()
                    .count("activities", true, Scope.CITY, county, site)
                    .add("activities.participants", snapshot.path("participants").asLong(), Scope.CITY, county, site);
            case "award" -> Contributions.none().count("awards", true, Scope.CITY, county, site);
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
                .count("requests", true, Scope.CITY, county, site)
                .count("requests.accepted", accepted, Scope.CITY, county, site)
                .count("requests.accepted-on-time", request.path("acceptedOnTime").asBoolean(false), Scope.CITY, county, site)
                .count("requests.resolved", resolved, Scope.CITY, county, site)
                .count("requests.overdue", overdue, Scope.CITY, county, site);
        if (resolved) {
            Duration taken = Duration.between(OffsetDateTime.parse(request.path("submittedAt").asText()),
                    OffsetDateTime.parse(request.path("resolvedAt").asText()));
            contributions.count(ResolveTimeHistogram.counter(taken), true, Scope.CITY, county, site);
        }
        return contributions;
    }
}
