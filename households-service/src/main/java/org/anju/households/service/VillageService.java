package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.households.domain.PovertyVillage;
import org.anju.households.domain.VillageStatus;
import org.anju.households.event.VillageDemolished;
import org.anju.households.event.VillageEvent;
import org.anju.households.event.VillageReclaimed;
import org.anju.households.event.VillageRegistered;
import org.anju.households.event.VillageRelocated;
import org.anju.households.event.VillageSnapshot;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.VillageHouseholds;
import org.anju.households.repository.VillageRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Deep-poverty natural villages and their whole-village relocation (整村搬迁). */
@ApplicationScoped
public class VillageService {

    private final VillageRepository villages;
    private final HouseholdRepository households;
    private final Outbox outbox;
    private final CountyScope countyScope;
    private final ProgrammeClock clock;

    public VillageService(VillageRepository villages, HouseholdRepository households, Outbox outbox, CountyScope countyScope,
                          ProgrammeClock clock) {
        this.villages = villages;
        this.households = households;
        this.outbox = outbox;
        this.countyScope = countyScope;
        this.clock = clock;
    }

    @Transactional
    public VillageView register(RegisterVillage command) {
        countyScope.requireWrite(command.county());
        String county = command.county().code();
        villages.findByName(county, command.township(), command.name()).ifPresent(existing -> {
            throw nameTaken(county, command, existing.id());
        });
        PovertyVillage village = PovertyVillage.register(county, command.township(), command.name());
        villages.persist(village);
        // registered at the same time by someone else: found in a transaction of its own (this one failed)
        UniqueIndexes.flush(villages::flush, constraint -> nameTaken(county, command, QuarkusTransaction.requiringNew()
                .call(() -> villages.findByName(county, command.township(), command.name()).map(PovertyVillage::id).orElse(null))));
        outbox.record(new VillageRegistered(Views.snapshot(village, 0)));
        return Views.village(village, VillageHouseholds.NONE);
    }

    @Transactional
    public VillageView get(UUID id) {
        PovertyVillage village = villages.findByIdOptional(id).orElseThrow(() -> notFound(id));
        countyScope.requireRead(village.county());
        return view(village);
    }

    @Transactional
    public Page<VillageView> list(CountyCode county, VillageStatus status, String cursor, int limit) {
        Page<PovertyVillage> page = ListQuery.byId(PovertyVillage::id)
                .where("county", countyScope.listCounty(county))
                .where("status", status)
                .after(cursor)
                .page(villages, limit);
        Map<UUID, VillageHouseholds> counts = households.fromVillages(page.items().stream().map(PovertyVillage::id).toList());
        return page.map(village -> Views.village(village, counts.getOrDefault(village.id(), VillageHouseholds.NONE)));
    }

    @Transactional
    public VillageView relocate(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, village -> {
            VillageHouseholds from = households.fromVillage(village.id());
            village.relocate(DatedCommand.dayOf(command, clock), from.households(), from.movedIn(), households.lastMoveIn(village.id()));
        }, VillageRelocated::new);
    }

    @Transactional
    public VillageView demolish(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, village -> village.demolish(DatedCommand.dayOf(command, clock)), VillageDemolished::new);
    }

    @Transactional
    public VillageView reclaim(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, village -> village.reclaim(DatedCommand.dayOf(command, clock)), VillageReclaimed::new);
    }

    private VillageView change(UUID id, String ifMatch, Consumer<PovertyVillage> command,
                                   Function<VillageSnapshot, VillageEvent> event) {
        PovertyVillage village = Writes.guarded(villages.findForUpdate(id), () -> notFound(id), countyScope, ifMatch);
        command.accept(village);
        VillageHouseholds from = households.fromVillage(village.id());
        outbox.record(event.apply(Views.snapshot(village, from.households())));
        return Views.village(village, from);
    }

    /** A village's name is unique in its county and township: a second one is a 409 naming the first. */
    private static DomainRuleViolation nameTaken(String county, RegisterVillage command, UUID existing) {
        return DomainRuleViolation.of("village-name-unique", command.name(), command.township(), county, String.valueOf(existing));
    }

    private VillageView view(PovertyVillage village) {
        return Views.village(village, households.fromVillage(village.id()));
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Village", id);
    }
}
