package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.domain.SiteReplica;
import org.anju.industry.domain.Workshop;
import org.anju.industry.repository.HouseholdReplicaRepository;
import org.anju.industry.repository.SiteReplicaRepository;
import org.anju.industry.repository.WorkshopRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;

import java.util.Optional;
import java.util.UUID;

/**
 * Resolves the households, sites and workshops a command refers to, from local data only. A
 * reference to one this service does not know is a 422 (unknown-reference) naming it: the body is
 * well-formed but refers to nothing, e.g. a household not (yet) replicated from households.v1.
 */
@ApplicationScoped
class References {

    private final HouseholdReplicaRepository households;
    private final SiteReplicaRepository sites;
    private final WorkshopRepository workshops;

    References(HouseholdReplicaRepository households, SiteReplicaRepository sites, WorkshopRepository workshops) {
        this.households = households;
        this.sites = sites;
        this.workshops = workshops;
    }

    /** The household, unless households-service has not published it or removed it. */
    HouseholdReplica household(UUID id) {
        return known(households.findByIdOptional(id).filter(household -> !household.removed()), "reference.household", id);
    }

    /** The site, or null when none is named. */
    SiteReplica siteOrNone(UUID id) {
        return id == null ? null : known(sites.findByIdOptional(id), "reference.site", id);
    }

    /** The workshop, or null when none is named. */
    Workshop workshopOrNone(UUID id) {
        return id == null ? null : known(workshops.findByIdOptional(id), "reference.workshop", id);
    }

    private static <T> T known(Optional<T> record, String unknown, UUID id) {
        return record.orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, Message.of(unknown, id.toString())));
    }
}
