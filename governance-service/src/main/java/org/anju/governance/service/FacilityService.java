package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.governance.domain.Facility;
import org.anju.governance.domain.FacilityStatus;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.event.FacilityClosed;
import org.anju.governance.event.FacilityOpened;
import org.anju.governance.event.FacilityPlanned;
import org.anju.governance.event.FacilitySnapshot;
import org.anju.governance.repository.FacilityRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.time.LocalDate;
import java.util.UUID;

/** Facilities near sites; opening and closing one keeps the site's amenities in the standard up to date. */
@ApplicationScoped
public class FacilityService {

    private static final String KIND = "Facility";

    private final FacilityRepository facilities;
    private final SiteCounties siteCounties;
    private final SiteStandardService standards;
    private final Aggregates aggregates;
    private final CountyScope countyScope;
    private final Outbox outbox;

    FacilityService(FacilityRepository facilities, SiteCounties siteCounties, SiteStandardService standards,
                    Aggregates aggregates, CountyScope countyScope, Outbox outbox) {
        this.facilities = facilities;
        this.siteCounties = siteCounties;
        this.standards = standards;
        this.aggregates = aggregates;
        this.countyScope = countyScope;
        this.outbox = outbox;
    }

    @Transactional
    public FacilityView register(RegisterFacility command) {
        countyScope.requireWrite(command.county());
        siteCounties.require(command.siteId(), command.county().code());
        Facility facility = Facility.register(command.county().code(), command.siteId(), command.type(), command.name(),
                command.beds(), command.openedOn());
        facilities.persist(facility);
        if (facility.status() == FacilityStatus.OPEN) {
            outbox.record(new FacilityOpened(snapshot(facility)));
            reflectOnStandard(facility, facility.openedOn());
        } else {
            outbox.record(new FacilityPlanned(snapshot(facility)));
        }
        return GovernanceViews.facility(facility);
    }

    @Transactional
    public FacilityView open(UUID id, String ifMatch, OpenFacility command) {
        Facility facility = aggregates.lockForCommand(facilities, KIND, id, ifMatch);
        facility.open(command.openedOn());
        outbox.record(new FacilityOpened(snapshot(facility)));
        reflectOnStandard(facility, command.openedOn());
        return GovernanceViews.facility(facility);
    }

    @Transactional
    public FacilityView close(UUID id, String ifMatch, CloseFacility command) {
        Facility facility = aggregates.lockForCommand(facilities, KIND, id, ifMatch);
        facility.close(command.closedOn());
        outbox.record(new FacilityClosed(snapshot(facility)));
        reflectOnStandard(facility, command.closedOn());
        return GovernanceViews.facility(facility);
    }

    @Transactional
    public FacilityView get(UUID id) {
        return GovernanceViews.facility(aggregates.read(facilities, KIND, id));
    }

    @Transactional
    public Page<FacilityView> list(CountyCode county, UUID siteId, FacilityType type, FacilityStatus status,
                                   String cursor, int limit) {
        return ListQuery.byId(Facility::id)
                .where("county", countyScope.listCounty(county))
                .where("siteId", siteId)
                .where("type", type)
                .where("status", status)
                .after(cursor)
                .page(facilities, limit)
                .map(GovernanceViews::facility);
    }

    private void reflectOnStandard(Facility facility, LocalDate on) {
        if (facility.type().amenity().isPresent()) {
            facilities.flush();
            standards.reflectOpenFacilities(facility.siteId(), facility.county(), facilities.openTypesAt(facility.siteId()), on);
        }
    }

    private static FacilitySnapshot snapshot(Facility facility) {
        return new FacilitySnapshot(facility.id(), facility.version(), facility.county(), facility.siteId(),
                facility.type().name(), facility.name(), facility.beds(), facility.status().name(),
                facility.openedOn(), facility.closedOn());
    }
}
