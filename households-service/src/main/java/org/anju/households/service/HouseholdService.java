package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.households.domain.Household;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.event.HomesteadDemolished;
import org.anju.households.event.HomesteadReclaimed;
import org.anju.households.event.HouseholdEvent;
import org.anju.households.event.HouseholdLiftedOutOfPoverty;
import org.anju.households.event.HouseholdMovedIn;
import org.anju.households.event.HouseholdRegistered;
import org.anju.households.event.HouseholdRemoved;
import org.anju.households.event.HouseholdSnapshot;
import org.anju.households.event.HouseholdUpdated;
import org.anju.households.event.HousingAllocated;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.SiteRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.Disclosure;
import org.anju.platform.security.PersonalData;
import org.anju.platform.time.ProgrammeClock;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Households: registration with members, corrections, and the relocation lifecycle commands. */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdRepository households;
    private final SiteRepository sites;
    private final RegistrationChecks registry;
    private final Outbox outbox;
    private final CountyScope countyScope;
    private final PersonalData personalData;
    private final ProgrammeClock clock;

    public HouseholdService(HouseholdRepository households, SiteRepository sites, RegistrationChecks registry, Outbox outbox,
                            CountyScope countyScope, PersonalData personalData, ProgrammeClock clock) {
        this.households = households;
        this.sites = sites;
        this.registry = registry;
        this.outbox = outbox;
        this.countyScope = countyScope;
        this.personalData = personalData;
        this.clock = clock;
    }

    @Transactional
    public HouseholdView register(RegisterHousehold command) {
        countyScope.requireWrite(command.county());
        registry.require(command, null, reader());
        Household household = Household.register(command.county().code(), command.details(), command.memberDetails(), clock.today());
        households.persist(household);
        checkUniquenessNow();
        outbox.record(new HouseholdRegistered(Views.snapshot(household)));
        return Views.household(household, disclosure());
    }

    @Transactional
    public HouseholdView get(UUID id) {
        Household household = households.findByIdOptional(id).orElseThrow(() -> notFound(id));
        countyScope.requireRead(household.county());
        return Views.household(household, disclosure());
    }

    @Transactional
    public Page<HouseholdView> list(HouseholdFilter filter, String cursor, int limit) {
        Disclosure disclosure = disclosure();
        return filter.query(countyScope.listCounty(filter.county()))
                .after(cursor)
                .page(households, limit)
                .map(household -> Views.household(household, disclosure));
    }

    /** A correction: recorded as a new version and a HouseholdUpdated event. */
    @Transactional
    public HouseholdView update(UUID id, String ifMatch, RegisterHousehold command) {
        return change(id, ifMatch, household -> {
            if (!household.county().equals(command.county().code())) {
                throw DomainRuleViolation.of("household-county-fixed", household.registryNumber(), household.county());
            }
            registry.require(command, household, reader());
            household.correct(command.details(), command.memberDetails(), clock.today());
            checkUniquenessNow();
        }, HouseholdUpdated::new);
    }

    @Transactional
    public HouseholdView allocateHousing(UUID id, String ifMatch, AllocateHousing command) {
        return change(id, ifMatch, household -> {
            // locking the site serialises allocations there, so its capacity is never exceeded
            ResettlementSite site = sites.findForUpdate(command.siteId())
                    .orElseThrow(() -> RegistrationChecks.unknownSite(command.siteId()).toException());
            household.allocateHousing(site, households.countHousedAt(site.id()), command.flat(),
                    DatedCommand.orToday(command.date(), clock));
        }, HousingAllocated::new);
    }

    /** {@code command} may be null (no body): the household moved in on the programme's today. */
    @Transactional
    public HouseholdView moveIn(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, household -> household.moveIn(DatedCommand.dayOf(command, clock)), HouseholdMovedIn::new);
    }

    @Transactional
    public HouseholdView liftOutOfPoverty(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, household -> household.liftOutOfPoverty(DatedCommand.dayOf(command, clock)),
                HouseholdLiftedOutOfPoverty::new);
    }

    @Transactional
    public HouseholdView demolishHomestead(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, household -> household.demolishHomestead(DatedCommand.dayOf(command, clock)),
                HomesteadDemolished::new);
    }

    @Transactional
    public HouseholdView reclaimHomestead(UUID id, String ifMatch, DatedCommand command) {
        return change(id, ifMatch, household -> household.reclaimHomestead(DatedCommand.dayOf(command, clock)),
                HomesteadReclaimed::new);
    }

    /** Deletes a household registered by mistake; one that has moved in is corrected instead. */
    @Transactional
    public void remove(UUID id, String ifMatch) {
        Household household = lockedForWrite(id, ifMatch);
        household.requireRemovable();
        HouseholdSnapshot removed = Views.snapshot(household).asRemoved(household.versionAfterRemoval());
        households.delete(household);
        outbox.record(new HouseholdRemoved(removed));
    }

    private HouseholdView change(UUID id, String ifMatch, Consumer<Household> command,
                                 Function<HouseholdSnapshot, HouseholdEvent> event) {
        Household household = lockedForWrite(id, ifMatch);
        command.accept(household);
        outbox.record(event.apply(Views.snapshot(household)));
        return Views.household(household, disclosure());
    }

    private Household lockedForWrite(UUID id, String ifMatch) {
        return Writes.guarded(households.findForUpdate(id), () -> notFound(id), countyScope, ifMatch);
    }

    /**
     * The registry checks read committed data; a registration committed meanwhile by someone else
     * is caught here by the database's unique constraints, as the same 409 (and without its SQL
     * message, which quotes the ID number, ever reaching a log).
     */
    private void checkUniquenessNow() {
        UniqueIndexes.flush(households::flushAndCheckUniqueness, constraint -> constraint.contains("registry_number")
                ? new DomainRuleViolation("registry-number-unique", Message.of("rule.registry-number-unique.concurrent"))
                : new DomainRuleViolation("id-number-unique", Message.of("rule.id-number-unique.concurrent")));
    }

    /** What the caller may be told of other households: the county they read (null: every county), and whether they see full ID numbers. */
    private RegistrationChecks.Reader reader() {
        return new RegistrationChecks.Reader(countyScope.readFilter().orElse(null), personalData.unmasked());
    }

    private Disclosure disclosure() {
        return Disclosure.of(personalData);
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Household", id);
    }
}
