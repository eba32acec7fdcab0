package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.households.domain.PlacementMode;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.domain.SiteStatus;
import org.anju.households.event.SiteCompleted;
import org.anju.households.event.SiteConstructionStarted;
import org.anju.households.event.SiteEvent;
import org.anju.households.event.SiteRegistered;
import org.anju.households.event.SiteSnapshot;
import org.anju.households.event.SiteUpdated;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.SiteOccupancy;
import org.anju.households.repository.SiteRepository;
import org.anju.households.rest.SiteRequest;
import org.anju.households.rest.SiteResponse;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Resettlement sites: registration, corrections and construction progress. */
@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;
    private final HouseholdRepository households;
    private final Outbox outbox;
    private final CountyScope countyScope;

    public SiteService(SiteRepository sites, HouseholdRepository households, Outbox outbox, CountyScope countyScope) {
        this.sites = sites;
        this.households = households;
        this.outbox = outbox;
        this.countyScope = countyScope;
    }

    @Transactional
    public SiteResponse register(SiteRequest request) {
        countyScope.requireWrite(request.county());
        ResettlementSite site = ResettlementSite.plan(request.county(), request.town(), request.name(), request.placementMode(),
                request.plannedHouseholds(), request.plannedPeople());
        sites.persist(site);
        outbox.record(new SiteRegistered(Views.snapshot(site)));
        return Views.response(site, SiteOccupancy.EMPTY);
    }

    @Transactional
    public SiteResponse get(UUID id) {
        ResettlementSite site = sites.findByIdOptional(id).orElseThrow(() -> notFound(id));
        countyScope.requireRead(site.county());
        return withOccupancy(site);
    }

    @Transactional
    public Page<SiteResponse> list(String county, SiteStatus status, PlacementMode mode, String cursor, int limit) {
        List<ResettlementSite> fetched = sites.page(Paging.county(countyScope, county), status, mode, Paging.after(cursor), limit);
        Page<ResettlementSite> page = Page.of(fetched, limit, site -> Paging.cursor(site.id()));
        Map<UUID, SiteOccupancy> occupancy = households.occupancy(page.items().stream().map(ResettlementSite::id).toList());
        return page.map(site -> Views.response(site, occupancy.getOrDefault(site.id(), SiteOccupancy.EMPTY)));
    }

    @Transactional
    public SiteResponse update(UUID id, String ifMatch, SiteRequest request) {
        return change(id, ifMatch, site -> {
            if (!site.county().equals(request.county())) {
                throw new DomainRuleViolation("site-county-fixed",
                        "Site " + site.name() + " is in county " + site.county() + "; a site does not move to another county");
            }
            site.correct(request.town(), request.name(), request.placementMode(), request.plannedHouseholds(), request.plannedPeople(),
                    households.countHousedAt(site.id()));
        }, SiteUpdated::new);
    }

    @Transactional
    public SiteResponse startConstruction(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, site -> site.startConstruction(on), SiteConstructionStarted::new);
    }

    @Transactional
    public SiteResponse complete(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, site -> site.complete(on), SiteCompleted::new);
    }

    private SiteResponse change(UUID id, String ifMatch, Consumer<ResettlementSite> command, Function<SiteSnapshot, SiteEvent> event) {
        ResettlementSite site = sites.findForUpdate(id).orElseThrow(() -> notFound(id));
        countyScope.requireWrite(site.county());
        ETags.requireMatch(ifMatch, site.version());
        command.accept(site);
        outbox.record(event.apply(Views.snapshot(site)));
        return withOccupancy(site);
    }

    private SiteResponse withOccupancy(ResettlementSite site) {
        return Views.response(site, households.occupancy(List.of(site.id())).getOrDefault(site.id(), SiteOccupancy.EMPTY));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("Site " + id + " does not exist");
    }
}
