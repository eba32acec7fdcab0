package org.anju.households.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A relocated household (搬迁户) and its lifecycle: REGISTERED → HOUSING_ALLOCATED → MOVED_IN,
 * poverty IN_POVERTY → LIFTED (registered-poor only), homestead TO_DEMOLISH → DEMOLISHED → RECLAIMED.
 * The dates keep that order: housing is allocated on or after its site's completion, the household
 * moves in on or after the allocation, land is reclaimed on or after the demolition.
 * Every change increases {@link #version()} by one.
 */
@Entity
@Table(name = "households")
public class Household extends CountyAggregate {

    @Column(name = "registry_number")
    private String registryNumber;

    @Column(name = "origin_village")
    private String originVillage;

    @Column(name = "origin_natural_village")
    private String originNaturalVillage;

    @Column(name = "village_id")
    private UUID villageId;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Column(name = "member_count")
    private int memberCount;

    @Column(name = "labour_capacity_count")
    private int labourCapacityCount;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(name = "flat_number")
    private String flatNumber;

    @Enumerated(EnumType.STRING)
    private HouseholdStatus status;

    @Column(name = "housing_allocated_on")
    private LocalDate housingAllocatedOn;

    @Column(name = "moved_in_on")
    private LocalDate movedInOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "poverty_status")
    private PovertyStatus povertyStatus;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "homestead_status")
    private HomesteadStatus homesteadStatus;

    @Column(name = "demolished_on")
    private LocalDate demolishedOn;

    @Column(name = "reclaimed_on")
    private LocalDate reclaimedOn;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Member> members = new ArrayList<>();

    protected Household() {
    }

    private Household(String county) {
        super(county);
    }

    /** @param today the programme's today, against which the members' ID numbers are checked */
    public static Household register(String county, HouseholdDetails details, List<MemberDetails> members, LocalDate today) {
        HouseholdRegistrationPolicy.require(members, today);
        Household household = new Household(county);
        household.status = HouseholdStatus.REGISTERED;
        household.povertyStatus = details.category() == Category.REGISTERED_POOR ? PovertyStatus.IN_POVERTY : PovertyStatus.NOT_APPLICABLE;
        household.homesteadStatus = details.homesteadToDemolish() ? HomesteadStatus.TO_DEMOLISH : HomesteadStatus.NONE_TO_DEMOLISH;
        household.describe(details);
        household.replaceMembers(members);
        return household;
    }

    /**
     * A correction of the registration (an update, recorded as a new version). The lifecycle is
     * not rewritten: the destination site is fixed once housing is allocated, the category of a
     * household lifted out of poverty and a homestead already demolished stay as they are.
     *
     * @param today the programme's today, against which the members' ID numbers are checked
     */
    public void correct(HouseholdDetails details, List<MemberDetails> members, LocalDate today) {
        HouseholdRegistrationPolicy.require(members, today);
        if (status != HouseholdStatus.REGISTERED && !Objects.equals(siteId, details.siteId())) {
            throw DomainRuleViolation.of("site-fixed-after-allocation", registryNumber);
        }
        if (details.category() != category) {
            if (povertyStatus == PovertyStatus.LIFTED) {
                throw DomainRuleViolation.of("category-fixed-after-lifting", registryNumber);
            }
            povertyStatus = details.category() == Category.REGISTERED_POOR ? PovertyStatus.IN_POVERTY : PovertyStatus.NOT_APPLICABLE;
        }
        boolean hasHomestead = homesteadStatus != HomesteadStatus.NONE_TO_DEMOLISH;
        if (details.homesteadToDemolish() != hasHomestead) {
            if (homesteadStatus == HomesteadStatus.DEMOLISHED || homesteadStatus == HomesteadStatus.RECLAIMED) {
                throw DomainRuleViolation.of("homestead-fixed-after-demolition", registryNumber, Labels.of(homesteadStatus));
            }
            homesteadStatus = details.homesteadToDemolish() ? HomesteadStatus.TO_DEMOLISH : HomesteadStatus.NONE_TO_DEMOLISH;
        }
        describe(details);
        replaceMembers(members);
        changed();
    }

    /**
     * Why housing cannot be allocated at {@code site} now (the household already has housing, the
     * site is of another county, not completed or full), or empty when it can.
     */
    public Optional<RuleViolation> housingRefused(ResettlementSite site, long householdsHousedAtSite, LocalDate on) {
        if (status != HouseholdStatus.REGISTERED) {
            return refusal(RuleViolation.of("housing-allocated-once", null, registryNumber, Labels.of(status)));
        }
        if (!site.county().equals(county())) {
            return refusal(RuleViolation.of("housing-in-own-county", null, site.name(), site.county(), county()));
        }
        Optional<RuleViolation> noRoom = site.roomRefused(householdsHousedAtSite);
        if (noRoom.isPresent()) {
            return noRoom;
        }
        if (site.completedOn() != null && on.isBefore(site.completedOn())) {
            return refusal(RuleViolation.of("housing-after-site-completion", null, registryNumber, String.valueOf(on), site.name(),
                    String.valueOf(site.completedOn())));
        }
        return Optional.empty();
    }

    /** Flat allocated and keys handed over (分房到户); the site must be completed (by {@code on}) with a flat left. */
    public void allocateHousing(ResettlementSite site, long householdsHousedAtSite, String flat, LocalDate on) {
        require(housingRefused(site, householdsHousedAtSite, on));
        siteId = site.id();
        flatNumber = flat;
        status = HouseholdStatus.HOUSING_ALLOCATED;
        housingAllocatedOn = on;
        changed();
    }

    /** Whether housing was allocated on {@code on} at this site and flat: allocating it again would change nothing. */
    public boolean hasHousing(UUID site, String flat, LocalDate on) {
        return status != HouseholdStatus.REGISTERED && Objects.equals(siteId, site) && Objects.equals(flatNumber, flat)
                && on.equals(housingAllocatedOn);
    }

    /** Why the household cannot move in on {@code on}: no housing yet, or housing allocated only after that day. */
    public Optional<RuleViolation> moveInRefused(LocalDate on) {
        if (status != HouseholdStatus.HOUSING_ALLOCATED) {
            return refusal(RuleViolation.of("move-in-requires-housing", null, registryNumber, Labels.of(status)));
        }
        return on.isBefore(housingAllocatedOn)
                ? refusal(RuleViolation.of("move-in-after-housing-allocation", null, registryNumber, String.valueOf(on),
                String.valueOf(housingAllocatedOn)))
                : Optional.empty();
    }

    public void moveIn(LocalDate on) {
        require(moveInRefused(on));
        status = HouseholdStatus.MOVED_IN;
        movedInOn = on;
        changed();
    }

    public boolean hasMovedInOn(LocalDate on) {
        return status == HouseholdStatus.MOVED_IN && on.equals(movedInOn);
    }

    /** Lifting out of poverty has no date order: it does not wait for housing or moving in. */
    public Optional<RuleViolation> liftingRefused(LocalDate on) {
        if (category != Category.REGISTERED_POOR) {
            return refusal(RuleViolation.of("lifting-requires-registered-poor", null, registryNumber, Labels.of(category)));
        }
        return povertyStatus == PovertyStatus.IN_POVERTY ? Optional.empty()
                : refusal(RuleViolation.of("lifted-once", null, registryNumber, String.valueOf(liftedOn)));
    }

    public void liftOutOfPoverty(LocalDate on) {
        require(liftingRefused(on));
        povertyStatus = PovertyStatus.LIFTED;
        liftedOn = on;
        changed();
    }

    public boolean wasLiftedOn(LocalDate on) {
        return povertyStatus == PovertyStatus.LIFTED && on.equals(liftedOn);
    }

    /** Demolition has no date order before it: a homestead may be demolished before the household moves in. */
    public Optional<RuleViolation> demolitionRefused(LocalDate on) {
        return homesteadStatus == HomesteadStatus.TO_DEMOLISH ? Optional.empty()
                : refusal(RuleViolation.of("demolition-requires-homestead-to-demolish", null, registryNumber, Labels.of(homesteadStatus)));
    }

    public void demolishHomestead(LocalDate on) {
        require(demolitionRefused(on));
        homesteadStatus = HomesteadStatus.DEMOLISHED;
        demolishedOn = on;
        changed();
    }

    public boolean wasDemolishedOn(LocalDate on) {
        return (homesteadStatus == HomesteadStatus.DEMOLISHED || homesteadStatus == HomesteadStatus.RECLAIMED) && on.equals(demolishedOn);
    }

    /** Why the land cannot be reclaimed on {@code on}: the homestead is not demolished, or only after that day. */
    public Optional<RuleViolation> reclamationRefused(LocalDate on) {
        if (homesteadStatus != HomesteadStatus.DEMOLISHED) {
            return refusal(RuleViolation.of("reclamation-requires-demolition", null, registryNumber, Labels.of(homesteadStatus)));
        }
        return on.isBefore(demolishedOn)
                ? refusal(RuleViolation.of("reclamation-after-demolition", null, registryNumber, String.valueOf(on),
                String.valueOf(demolishedOn)))
                : Optional.empty();
    }

    public void reclaimHomestead(LocalDate on) {
        require(reclamationRefused(on));
        homesteadStatus = HomesteadStatus.RECLAIMED;
        reclaimedOn = on;
        changed();
    }

    public boolean wasReclaimedOn(LocalDate on) {
        return homesteadStatus == HomesteadStatus.RECLAIMED && on.equals(reclaimedOn);
    }

    private static Optional<RuleViolation> refusal(RuleViolation violation) {
        return Optional.of(violation);
    }

    /** @throws DomainRuleViolation (409) the refusal, if there is one */
    static void require(Optional<RuleViolation> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    /** A household that has moved in is never deleted: its history is the programme's record. */
    public void requireRemovable() {
        if (status == HouseholdStatus.MOVED_IN) {
            throw DomainRuleViolation.of("moved-in-household-not-deleted", registryNumber);
        }
    }

    /** The version the deletion event carries: one more than the last change. */
    public long versionAfterRemoval() {
        return version() + 1;
    }

    private void describe(HouseholdDetails details) {
        registryNumber = details.registryNumber();
        originVillage = details.originVillage();
        originNaturalVillage = details.originNaturalVillage();
        villageId = details.villageId();
        category = details.category();
        if (status == HouseholdStatus.REGISTERED) {
            siteId = details.siteId();
        }
    }

    private void replaceMembers(List<MemberDetails> newMembers) {
        members.clear();
        for (MemberDetails details : newMembers) {
            Member member = new Member(details);
            member.joinAt(this, members.size());
            members.add(member);
        }
        memberCount = members.size();
        labourCapacityCount = (int) members.stream().filter(Member::labourCapacity).count();
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String originVillage() {
        return originVillage;
    }

    public String originNaturalVillage() {
        return originNaturalVillage;
    }

    public UUID villageId() {
        return villageId;
    }

    public Category category() {
        return category;
    }

    public int memberCount() {
        return memberCount;
    }

    public int labourCapacityCount() {
        return labourCapacityCount;
    }

    public UUID siteId() {
        return siteId;
    }

    public String flatNumber() {
        return flatNumber;
    }

    public HouseholdStatus status() {
        return status;
    }

    public LocalDate housingAllocatedOn() {
        return housingAllocatedOn;
    }

    public LocalDate movedInOn() {
        return movedInOn;
    }

    public PovertyStatus povertyStatus() {
        return povertyStatus;
    }

    public LocalDate liftedOn() {
        return liftedOn;
    }

    public HomesteadStatus homesteadStatus() {
        return homesteadStatus;
    }

    public LocalDate demolishedOn() {
        return demolishedOn;
    }

    public LocalDate reclaimedOn() {
        return reclaimedOn;
    }

    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }
}
