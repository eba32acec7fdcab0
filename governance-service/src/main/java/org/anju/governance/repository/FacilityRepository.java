package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.Facility;
import org.anju.governance.domain.FacilityStatus;
import org.anju.governance.domain.FacilityType;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class FacilityRepository implements AggregateRepository<Facility> {

    public Set<FacilityType> openTypesAt(UUID siteId) {
        Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
        getEntityManager().createQuery("select distinct f.type from Facility f where f.siteId = :site and f.status = :open",
                        FacilityType.class)
                .setParameter("site", siteId)
                .setParameter("open", FacilityStatus.OPEN)
                .getResultList()
                .forEach(types::add);
        return types;
    }
}
