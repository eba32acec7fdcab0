package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
        String county = command.county().code();
        requireNameFree(county, command.name(), null);
        ResettlementSite site = ResettlementSite.plan(county, command.town(), command.name(), command.placementMode(),
                command.plannedHouseholds(), command.plannedPeople());
        sites.persist(site);
        UniqueIndexes.flush(sites::flush, constraint -> nameTaken(county, command.name()));
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
                throw DomainRuleViolation.of("site-county-fixed", site.name(), site.county());
            }
            requireNameFree(site.county(), command.name(), site.id());
            site.correct(command.town(), command.name(), command.placementMode(), command.plannedHouseholds(), command.plannedPeople(),
                    households.countHousedAt(site.id()));
            UniqueIndexes.flush(sites::flush, constraint -> nameTaken(site.county(), command.name()));
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
        ResettlementSite site = Writes.guarded(sites.findForUpdate(id), () -> notFound(id), countyScope, ifMatch);
        command.accept(site);
        outbox.record(event.apply(Views.snapshot(site)));
        return withOccupancy(site);
    }

    /** A site's name is unique in its county: a second one of that name is a 409 naming the first (but {@code except}). */
    private void requireNameFree(String county, String name, UUID except) {
        sites.findByName(county, name).filter(existing -> !existing.id().equals(except)).ifPresent(existing -> {
            throw DomainRuleViolation.of("site-name-unique", name, county, existing.id().toString());
        });
    }

    /** The 409 of a site registered under the same name at the same time: found in a transaction of its own (this one failed). */
    private DomainRuleViolation nameTaken(String county, String name) {
        String existing = QuarkusTransaction.requiringNew().call(() -> sites.findByName(county, name)
                .map(site -> site.id().toString()).orElse(null));
        return DomainRuleViolation.of("site-name-unique", name, county, existing);
    }

    private SiteView withOccupancy(ResettlementSite site) {
        return Views.site(site, households.occupancy(List.of(site.id())).getOrDefault(site.id(), SiteOccupancy.EMPTY));
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Site", id);
    }
}
