package org.anju.industry.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.HouseholdCategory;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.domain.HouseholdStatus;
import org.anju.industry.domain.SiteReplica;
import org.anju.industry.repository.HouseholdReplicaRepository;
import org.anju.industry.repository.SiteReplicaRepository;
import org.anju.platform.consumer.AggregateVersions;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.events.EventKinds;
import org.anju.platform.programme.CountyCode;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the household and site replicas from households.v1. Every household event carries the
 * full household snapshot and every site event the full site snapshot; villages and relocation
 * tasks are not needed here. A household change re-derives its employment situation and updates
 * what its beneficiary records carry. A county that is not one of the programme's makes the
 * event a poison record (it goes to households.v1.dlq), never a replica row.
 */
@ApplicationScoped
public class HouseholdsFeed implements EventHandler {

    static final EventKinds HOUSEHOLDS = EventKinds.from("households-service")
            .kind("household", "Household*", "HousingAllocated", "Homestead*")
            .kind("site", "Site*");

    private final AggregateVersions versions;
    private final HouseholdReplicaRepository households;
    private final SiteReplicaRepository sites;
    private final HouseholdEmploymentService situations;
    private final ProjectService projects;

    HouseholdsFeed(AggregateVersions versions, HouseholdReplicaRepository households, SiteReplicaRepository sites,
                   HouseholdEmploymentService situations, ProjectService projects) {
        this.versions = versions;
        this.households = households;
        this.sites = sites;
        this.situations = situations;
        this.projects = projects;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (HOUSEHOLDS.is(event, "household")) {
            versions.applyIfNewer(event, () -> replicateHousehold(event));
        } else if (HOUSEHOLDS.is(event, "site")) {
            versions.applyIfNewer(event, () -> replicateSite(event));
        }
    }

    private void replicateHousehold(EventEnvelope event) {
        JsonNode data = event.data();
        UUID id = UUID.fromString(event.subject());
        HouseholdReplica household = Optional.ofNullable(households.findById(id)).orElseGet(() -> new HouseholdReplica(id));
        household.replicate(event.aggregateVersion(), county(data), optionalUuid(data.path("siteId")),
                HouseholdCategory.valueOf(data.path("category").asText()), data.path("memberCount").asInt(),
                data.path("labourCapacityCount").asInt(), HouseholdStatus.valueOf(data.path("status").asText()),
                data.path("removed").asBoolean());
        // flushed so that re-deriving can lock the row even for a household seen for the first time
        households.persistAndFlush(household);
        situations.reassess(id);
        projects.followHousehold(household);
    }

    private void replicateSite(EventEnvelope event) {
        JsonNode data = event.data();
        UUID id = UUID.fromString(event.subject());
        SiteReplica site = Optional.ofNullable(sites.findById(id)).orElseGet(() -> new SiteReplica(id));
        site.replicate(event.aggregateVersion(), county(data), data.path("name").asText(), data.path("status").asText());
        sites.persist(site);
    }

    private static CountyCode county(JsonNode data) {
        return CountyCode.of(data.path("county").asText(), "county");
    }

    private static UUID optionalUuid(JsonNode node) {
        return node.isTextual() ? UUID.fromString(node.asText()) : null;
    }
}
