package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
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
import org.anju.households.rest.VillageRequest;
import org.anju.households.rest.VillageResponse;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.time.LocalDate;
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

    public VillageService(VillageRepository villages, HouseholdRepository households, Outbox outbox, CountyScope countyScope) {
        this.villages = villages;
        this.households = households;
        this.outbox = outbox;
        this.countyScope = countyScope;
    }

    @Transactional
    public VillageResponse register(VillageRequest request) {
        countyScope.requireWrite(request.county());
        PovertyVillage village = PovertyVillage.register(request.county(), request.township(), request.name());
        villages.persist(village);
        outbox.record(new VillageRegistered(Views.snapshot(village, 0)));
        return Views.response(village, VillageHouseholds.NONE);
    }

    @Transactional
    public VillageResponse get(UUID id) {
        PovertyVillage village = villages.findByIdOptional(id).orElseThrow(() -> notFound(id));
        countyScope.requireRead(village.county());
        return response(village);
    }

    @Transactional
    public Page<VillageResponse> list(String county, VillageStatus status, String cursor, int limit) {
        Page<PovertyVillage> page = Page.of(villages.page(Paging.county(countyScope, county), status, Paging.after(cursor), limit),
                limit, village -> Paging.cursor(village.id()));
        Map<UUID, VillageHouseholds> counts = households.fromVillages(page.items().stream().map(PovertyVillage::id).toList());
        return page.map(village -> Views.response(village, counts.getOrDefault(village.id(), VillageHouseholds.NONE)));
    }

    @Transactional
    public VillageResponse relocate(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, village -> {
            VillageHouseholds from = households.fromVillage(village.id());
            village.relocate(on, from.households(), from.movedIn());
        }, VillageRelocated::new);
    }

    @Transactional
    public VillageResponse demolish(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, village -> village.demolish(on), VillageDemolished::new);
    }

    @Transactional
    public VillageResponse reclaim(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, village -> village.reclaim(on), VillageReclaimed::new);
    }

    private VillageResponse change(UUID id, String ifMatch, Consumer<PovertyVillage> command,
                                   Function<VillageSnapshot, VillageEvent> event) {
        PovertyVillage village = villages.findForUpdate(id).orElseThrow(() -> notFound(id));
        countyScope.requireWrite(village.county());
        ETags.requireMatch(ifMatch, village.version());
        command.accept(village);
        VillageHouseholds from = households.fromVillage(village.id());
        outbox.record(event.apply(Views.snapshot(village, from.households())));
        return Views.response(village, from);
    }

    private VillageResponse response(PovertyVillage village) {
        return Views.response(village, households.fromVillage(village.id()));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("Village " + id + " does not exist");
    }
}
