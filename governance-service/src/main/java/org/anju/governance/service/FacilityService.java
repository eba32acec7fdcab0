package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.governance.domain.Facility;
import org.anju.governance.domain.FacilityStatus;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.event.FacilityClosed;
import org.anju.governance.event.FacilityOpened;
import org.anju.governance.event.FacilityPlanned;
import org.anju.governance.event.FacilitySnapshot;
import org.anju.governance.repository.FacilityRepository;
import org.anju.governance.repository.Where;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.time.LocalDate;
import java.util.UUID;

/** Facilities near sites; opening and closing one keeps the site's amenities in the standard up to date. */
@ApplicationScoped
public class FacilityService {

    private final FacilityRepository facilities;
    private final SiteCounties siteCounties;
    private final SiteStandardService standards;
    private final Outbox outbox;

    FacilityService(FacilityRepository facilities, SiteCounties siteCounties, SiteStandardService standards,
                    Outbox outbox) {
        this.facilities = facilities;
        this.siteCounties = siteCounties;
        this.standards = standards;
        this.outbox = outbox;
    }

    @Transactional
    public FacilitySnapshot register(Commands.RegisterFacility command) {
        siteCounties.require(command.siteId(), command.county());
        Facility facility = Facility.register(command.county(), command.siteId(), command.type(), command.name(),
                command.beds(), command.openedOn());
        facilities.persist(facility);
        if (facility.status() == FacilityStatus.OPEN) {
            outbox.record(new FacilityOpened(snapshot(facility)));
            reflectOnStandard(facility, facility.openedOn());
        } else {
            outbox.record(new FacilityPlanned(snapshot(facility)));
        }
        return snapshot(facility);
    }

    @Transactional
    public FacilitySnapshot open(UUID id, String ifMatch, Commands.OpenFacility command) {
        Facility facility = lock(id, ifMatch);
        facility.open(command.openedOn());
        outbox.record(new FacilityOpened(snapshot(facility)));
        reflectOnStandard(facility, command.openedOn());
        return snapshot(facility);
    }

    @Transactional
    public FacilitySnapshot close(UUID id, String ifMatch, Commands.CloseFacility command) {
        Facility facility = lock(id, ifMatch);
        facility.close(command.closedOn());
        outbox.record(new FacilityClosed(snapshot(facility)));
        reflectOnStandard(facility, command.closedOn());
        return snapshot(facility);
    }

    @Transactional
    public FacilitySnapshot get(UUID id) {
        return snapshot(facilities.findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public String county(UUID id) {
        return facilities.findByIdOptional(id).orElseThrow(() -> notFound(id)).county();
    }

    @Transactional
    public Page<FacilitySnapshot> list(String county, UUID siteId, FacilityType type, FacilityStatus status,
                                       String cursor, int limit) {
        Where where = Where.all()
                .and("county = :county", "county", county)
                .and("siteId = :site", "site", siteId)
                .and("type = :type", "type", type)
                .and("status = :status", "status", status)
                .after(Keyset.after(cursor));
        return Keyset.page(facilities.list(where, limit + 1), limit, Facility::id, FacilityService::snapshot);
    }

    private void reflectOnStandard(Facility facility, LocalDate on) {
        if (facility.type().amenity().isPresent()) {
            facilities.flush();
            standards.reflectOpenFacilities(facility.siteId(), facility.county(), facilities.openTypesAt(facility.siteId()), on);
        }
    }

    /** Loads the aggregate locked for the command and checks the client's If-Match against its version. */
    private Facility lock(UUID id, String ifMatch) {
        Facility locked = facilities.findForUpdate(id).orElseThrow(() -> notFound(id));
        ETags.requireMatch(ifMatch, locked.version());
        return locked;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No facility " + id);
    }

    private static FacilitySnapshot snapshot(Facility facility) {
        return new FacilitySnapshot(facility.id(), facility.version(), facility.county(), facility.siteId(),
                facility.type().name(), facility.name(), facility.beds(), facility.status().name(),
                facility.openedOn(), facility.closedOn());
    }
}
