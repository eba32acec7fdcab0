package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.domain.SiteReplica;
import org.anju.industry.domain.Workshop;
import org.anju.industry.repository.HouseholdReplicaRepository;
import org.anju.industry.repository.SiteReplicaRepository;
import org.anju.industry.repository.WorkshopRepository;

import java.util.UUID;

/** Resolves the households, sites and workshops a command refers to, from local data only. */
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

    HouseholdReplica household(UUID id) {
        HouseholdReplica household = households.findById(id);
        if (household == null || household.removed()) {
            throw new UnknownReference("Household " + id + " is not known to industry-service (households-service"
                    + " has not published it, or removed it); register it there first");
        }
        return household;
    }

    /** The site, or null when none is named. */
    SiteReplica siteOrNone(UUID id) {
        if (id == null) {
            return null;
        }
        SiteReplica site = sites.findById(id);
        if (site == null) {
            throw new UnknownReference("Resettlement site " + id + " is not known to industry-service");
        }
        return site;
    }

    /** The workshop, or null when none is named. */
    Workshop workshopOrNone(UUID id) {
        if (id == null) {
            return null;
        }
        Workshop workshop = workshops.findById(id);
        if (workshop == null) {
            throw new UnknownReference("Workshop " + id + " does not exist");
        }
        return workshop;
    }
}
