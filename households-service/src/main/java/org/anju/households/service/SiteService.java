package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

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
    private final ProgrammeClock clock;

    public SiteService(SiteRepository sites, HouseholdRepository households, Outbox outbox, CountyScope countyScope,
                       ProgrammeClock clock) {
        this.sites = sites;
        this.households = households;
        this.outbox = outbox;
        this.countyScope = countyScope;
        this.clock = clock;
    }

    @Transactional
    public SiteView register(RegisterSite command) {
        countyScope.requireWrite(command.county());
        ResettlementSite site = ResettlementSite.plan(command.county().code(), command.town(), command.name(), command.placementMode(),
                command.plannedHouseholds(), command.plannedPeople());
        sites.persist(site);
        outbox.record(new SiteRegistered(Views.snapshot(site)));
        return Views.site(site, SiteOccupancy.EMPTY);
    }

    @Transactional
    public SiteView get(UUID id) {
        ResettlementSite site = sites.findByIdOptional(id).orElseThrow(() -> notFound(id));
        countyScope.requireRead(site.county());
        return withOccupancy(site);
    }

    @Transactional
    public Page<SiteView> list(CountyCode county, SiteStatus status, PlacementMode mode, String cursor, int limit) {
        Page<ResettlementSite> page = ListQuery.byId(ResettlementSite::id)
                .where("county", countyScope.listCounty(county))
                .where("status", status)
                .where("placementMode", mode)
                .after(cursor)
                .page(sites, limit);
        Map<UUID, SiteOccupancy> occupancy = households.occupancy(page.items().stream().map(ResettlementSite::id).toList());
        return page.map(site -> Views.site(site, occupancy.getOrDefault(site.id(), SiteOccupancy.EMPTY)));
    }

    @Transactional
    public SiteView update(UUID id, String ifMatch, RegisterSite command) {
        return change(id, ifMatch, site -> {
            if (!site.county().equals(command.county().code())) {
                throw new DomainRuleViolation("site-county-fixed",
                        "Site " + site.name() + " is in county " + site.county() + "; a site does not move to another county");
            }
            site.correct(command.town(), command.name(), command.placementMode(), command.plannedHouseholds(), command.plannedPeople(),
                    households.countHousedAt(site.id()));
        }, SiteUpdated::new);
    }

    @Transactional
    public SiteView startConstruction(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, site -> site.startConstruction(DatedCommand.dayOf(command, clock)), SiteConstructionStarted::new);
    }

    @Transactional
    public SiteView complete(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, site -> site.complete(DatedCommand.dayOf(command, clock)), SiteCompleted::new);
    }

    private SiteView change(UUID id, String ifMatch, Consumer<ResettlementSite> command, Function<SiteSnapshot, SiteEvent> event) {
        ResettlementSite site = sites.findForUpdate(id).orElseThrow(() -> notFound(id));
        countyScope.requireWrite(site.county());
        ETags.requireMatch(ifMatch, site.version());
        command.accept(site);
        outbox.record(event.apply(Views.snapshot(site)));
        return withOccupancy(site);
    }

    private SiteView withOccupancy(ResettlementSite site) {
        return Views.site(site, households.occupancy(List.of(site.id())).getOrDefault(site.id(), SiteOccupancy.EMPTY));
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Site", id);
    }
}
