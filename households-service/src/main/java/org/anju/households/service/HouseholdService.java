package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.households.domain.Household;
import org.anju.households.domain.HouseholdDetails;
import org.anju.households.domain.HouseholdFilter;
import org.anju.households.domain.Member;
import org.anju.households.domain.PovertyVillage;
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
import org.anju.households.repository.VillageRepository;
import org.anju.households.rest.AllocateHousingRequest;
import org.anju.households.rest.HouseholdRequest;
import org.anju.households.rest.HouseholdResponse;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.PersonalData;
import org.hibernate.exception.ConstraintViolationException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Households: registration with members, corrections, and the relocation lifecycle commands. */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdRepository households;
    private final SiteRepository sites;
    private final VillageRepository villages;
    private final Outbox outbox;
    private final CountyScope countyScope;
    private final PersonalData personalData;

    public HouseholdService(HouseholdRepository households, SiteRepository sites, VillageRepository villages, Outbox outbox,
                            CountyScope countyScope, PersonalData personalData) {
        this.households = households;
        this.sites = sites;
        this.villages = villages;
        this.outbox = outbox;
        this.countyScope = countyScope;
        this.personalData = personalData;
    }

    @Transactional
    public HouseholdResponse register(HouseholdRequest request) {
        countyScope.requireWrite(request.county());
        if (households.findByRegistryNumber(request.registryNumber()).isPresent()) {
            throw new DomainRuleViolation("registry-number-unique",
                    "Household " + request.registryNumber() + " is already registered");
        }
        Household household = Household.register(request.county(), details(request, null), members(request, null));
        households.persist(household);
        checkUniquenessNow();
        outbox.record(new HouseholdRegistered(Views.snapshot(household)));
        return Views.response(household, disclosure());
    }

    @Transactional
    public HouseholdResponse get(UUID id) {
        Household household = households.findByIdOptional(id).orElseThrow(() -> notFound(id));
        countyScope.requireRead(household.county());
        return Views.response(household, disclosure());
    }

    @Transactional
    public Page<HouseholdResponse> list(HouseholdFilter filter, String cursor, int limit) {
        HouseholdFilter scoped = new HouseholdFilter(Paging.county(countyScope, filter.county()), filter.siteId(),
                filter.category(), filter.status(), filter.povertyStatus(), filter.homesteadStatus());
        Disclosure disclosure = disclosure();
        return Page.of(households.page(scoped, Paging.after(cursor), limit), limit, household -> Paging.cursor(household.id()))
                .map(household -> Views.response(household, disclosure));
    }

    /** A correction: recorded as a new version and a HouseholdUpdated event. */
    @Transactional
    public HouseholdResponse update(UUID id, String ifMatch, HouseholdRequest request) {
        return change(id, ifMatch, household -> {
            if (!household.county().equals(request.county())) {
                throw new DomainRuleViolation("household-county-fixed",
                        "Household " + household.registryNumber() + " is registered in county " + household.county()
                                + "; register it again in the other county instead");
            }
            if (!household.registryNumber().equals(request.registryNumber())
                    && households.findByRegistryNumber(request.registryNumber()).isPresent()) {
                throw new DomainRuleViolation("registry-number-unique",
                        "Household " + request.registryNumber() + " is already registered");
            }
            household.correct(details(request, household.villageId()), members(request, household.id()));
            checkUniquenessNow();
        }, HouseholdUpdated::new);
    }

    @Transactional
    public HouseholdResponse allocateHousing(UUID id, String ifMatch, AllocateHousingRequest request) {
        return change(id, ifMatch, household -> {
            // locking the site serialises allocations there, so its capacity is never exceeded
            ResettlementSite site = sites.findForUpdate(request.siteId()).orElseThrow(() -> unknownSite(request.siteId()));
            household.allocateHousing(site, households.countHousedAt(site.id()), request.flat(), request.dateOrToday());
        }, HousingAllocated::new);
    }

    @Transactional
    public HouseholdResponse moveIn(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, household -> household.moveIn(on), HouseholdMovedIn::new);
    }

    @Transactional
    public HouseholdResponse liftOutOfPoverty(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, household -> household.liftOutOfPoverty(on), HouseholdLiftedOutOfPoverty::new);
    }

    @Transactional
    public HouseholdResponse demolishHomestead(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, household -> household.demolishHomestead(on), HomesteadDemolished::new);
    }

    @Transactional
    public HouseholdResponse reclaimHomestead(UUID id, String ifMatch, LocalDate on) {
        return change(id, ifMatch, household -> household.reclaimHomestead(on), HomesteadReclaimed::new);
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

    private HouseholdResponse change(UUID id, String ifMatch, Consumer<Household> command,
                                     Function<HouseholdSnapshot, HouseholdEvent> event) {
        Household household = lockedForWrite(id, ifMatch);
        command.accept(household);
        outbox.record(event.apply(Views.snapshot(household)));
        return Views.response(household, disclosure());
    }

    private Household lockedForWrite(UUID id, String ifMatch) {
        Household household = households.findForUpdate(id).orElseThrow(() -> notFound(id));
        countyScope.requireWrite(household.county());
        ETags.requireMatch(ifMatch, household.version());
        return household;
    }

    /** The details, with the village and site they name checked; {@code currentVillageId} is the village already recorded. */
    private HouseholdDetails details(HouseholdRequest request, UUID currentVillageId) {
        if (request.villageId() != null && !request.villageId().equals(currentVillageId)) {
            PovertyVillage village = villages.findForShare(request.villageId())
                    .orElseThrow(() -> new DomainRuleViolation("village-must-exist", "Village " + request.villageId() + " does not exist"));
            requireSameCounty("village", village.county(), request.county());
            village.requireOpenForHouseholds();
        }
        if (request.siteId() != null) {
            ResettlementSite site = sites.findByIdOptional(request.siteId()).orElseThrow(() -> unknownSite(request.siteId()));
            requireSameCounty("site", site.county(), request.county());
        }
        return new HouseholdDetails(request.registryNumber(), request.originVillage(), blankToNull(request.originNaturalVillage()),
                request.villageId(), request.category(), request.siteId(), request.homesteadToDemolish());
    }

    /**
     * The members, each ID number appearing once in the household and in no other household
     * ({@code except} is the household being corrected).
     */
    private List<Member> members(HouseholdRequest request, UUID except) {
        // messages name members by position and the other household by registry number: no personal data in problems
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            if (!seen.add(request.members().get(i).idNumber())) {
                throw new DomainRuleViolation("id-number-unique",
                        "members[" + i + "] has the ID number of an earlier member of this household");
            }
        }
        Map<String, String> elsewhere = households.householdsOfIdNumbers(seen, except);
        for (int i = 0; i < request.members().size(); i++) {
            String other = elsewhere.get(request.members().get(i).idNumber());
            if (other != null) {
                throw new DomainRuleViolation("id-number-unique",
                        "members[" + i + "] is already a member of household " + other + "; a person belongs to one household");
            }
        }
        return request.members().stream()
                .map(m -> new Member(m.name(), m.idNumber(), m.relation(), m.labourCapacity(), blankToNull(m.phone())))
                .toList();
    }

    /**
     * The checks above read committed data; a registration committed meanwhile by someone else is
     * caught here by the database's unique constraints, as the same 409 (and without its SQL
     * message, which quotes the ID number, ever reaching a log).
     */
    private void checkUniquenessNow() {
        try {
            households.flushAndCheckUniqueness();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains("registry_number")) {
                throw new DomainRuleViolation("registry-number-unique", "A household with this registry number was registered at the same time");
            }
            throw new DomainRuleViolation("id-number-unique", "A member was registered in another household at the same time");
        }
    }

    private static void requireSameCounty(String what, String itsCounty, String county) {
        if (!itsCounty.equals(county)) {
            throw new DomainRuleViolation(what + "-in-household-county",
                    "The " + what + " is in county " + itsCounty + ", the household in " + county);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Disclosure disclosure() {
        return Disclosure.of(personalData);
    }

    private static DomainRuleViolation unknownSite(UUID siteId) {
        return new DomainRuleViolation("site-must-exist", "Site " + siteId + " does not exist");
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("Household " + id + " does not exist");
    }
}
