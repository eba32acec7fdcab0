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
import org.anju.platform.events.SnapshotEvent;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Facilities near sites; opening and closing one keeps the site's amenities in the standard up to date. */
@ApplicationScoped
public class FacilityService {

    private static final String KIND = "Facility";

    private final FacilityRepository facilities;
    private final SiteStandardService standards;
    private final Aggregates aggregates;
    private final Outbox outbox;

    FacilityService(FacilityRepository facilities, SiteStandardService standards, Aggregates aggregates, Outbox outbox) {
        this.facilities = facilities;
        this.standards = standards;
        this.aggregates = aggregates;
        this.outbox = outbox;
    }

    @Transactional
    public FacilityView register(RegisterFacility command) {
        aggregates.requireNew(command.county(), List.of(command.siteId()));
        Facility facility = Facility.register(command.county().code(), command.siteId(), command.type(), command.name(),
                command.beds(), command.openedOn());
        facilities.persist(facility);
        if (facility.status() == FacilityStatus.OPEN) {
            return openedOrClosed(facility, FacilityOpened::new, facility.openedOn());
        }
        outbox.record(new FacilityPlanned(snapshot(facility)));
        return GovernanceViews.facility(facility);
    }

    @Transactional
    public FacilityView open(UUID id, String ifMatch, OpenFacility command) {
        Facility facility = aggregates.lockForCommand(facilities, KIND, id, ifMatch);
        facility.open(command.openedOn());
        return openedOrClosed(facility, FacilityOpened::new, command.openedOn());
    }

    @Transactional
    public FacilityView close(UUID id, String ifMatch, CloseFacility command) {
        Facility facility = aggregates.lockForCommand(facilities, KIND, id, ifMatch);
        facility.close(command.closedOn());
        return openedOrClosed(facility, FacilityClosed::new, command.closedOn());
    }

    @Transactional
    public FacilityView get(UUID id) {
        return GovernanceViews.facility(aggregates.read(facilities, KIND, id));
    }

    @Transactional
    public Page<FacilityView> list(CountyCode county, UUID siteId, FacilityType type, FacilityStatus status,
                                   String cursor, int limit) {
        return aggregates.<Facility>list(county)
                .where("siteId", siteId)
                .where("type", type)
                .where("status", status)
                .after(cursor)
                .page(facilities, limit)
                .map(GovernanceViews::facility);
    }

    /** Records the event of a facility that opened or closed, and what that does to its site's amenities. */
    private FacilityView openedOrClosed(Facility facility, Function<FacilitySnapshot, SnapshotEvent> event, LocalDate on) {
        outbox.record(event.apply(snapshot(facility)));
        if (facility.type().amenity().isPresent()) {
            facilities.flush();
            standards.reflectOpenFacilities(facility.siteId(), facility.county(), facilities.openTypesAt(facility.siteId()), on);
        }
        return GovernanceViews.facility(facility);
    }

    private static FacilitySnapshot snapshot(Facility facility) {
        return new FacilitySnapshot(facility.id(), facility.version(), facility.county(), facility.siteId(),
                facility.type().name(), facility.name(), facility.beds(), facility.status().name(),
                facility.openedOn(), facility.closedOn());
    }
}
