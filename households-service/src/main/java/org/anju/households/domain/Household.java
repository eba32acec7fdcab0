package org.anju.households.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A relocated household (搬迁户) and its lifecycle: REGISTERED → HOUSING_ALLOCATED → MOVED_IN,
 * poverty IN_POVERTY → LIFTED (registered-poor only), homestead TO_DEMOLISH → DEMOLISHED → RECLAIMED.
 * Every change increases {@link #version()} by one.
 */
@Entity
@Table(name = "households")
public class Household {

    @Id
    private UUID id;

    private long version;

    @Column(name = "registry_number")
    private String registryNumber;

    private String county;

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

    /** @param today the programme's today, against which the members' ID numbers are checked */
    public static Household register(String county, HouseholdDetails details, List<MemberDetails> members, LocalDate today) {
        HouseholdRegistrationPolicy.require(members, today);
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.version = 1;
        household.county = county;
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
            throw new DomainRuleViolation("site-fixed-after-allocation",
                    "Household " + registryNumber + " has housing at its site; its site no longer changes");
        }
        if (details.category() != category) {
            if (povertyStatus == PovertyStatus.LIFTED) {
                throw new DomainRuleViolation("category-fixed-after-lifting",
                        "Household " + registryNumber + " was lifted out of poverty; its category no longer changes");
            }
            povertyStatus = details.category() == Category.REGISTERED_POOR ? PovertyStatus.IN_POVERTY : PovertyStatus.NOT_APPLICABLE;
        }
        boolean hasHomestead = homesteadStatus != HomesteadStatus.NONE_TO_DEMOLISH;
        if (details.homesteadToDemolish() != hasHomestead) {
            if (homesteadStatus == HomesteadStatus.DEMOLISHED || homesteadStatus == HomesteadStatus.RECLAIMED) {
                throw new DomainRuleViolation("homestead-fixed-after-demolition",
                        "The homestead of household " + registryNumber + " is already " + homesteadStatus);
            }
            homesteadStatus = details.homesteadToDemolish() ? HomesteadStatus.TO_DEMOLISH : HomesteadStatus.NONE_TO_DEMOLISH;
        }
        describe(details);
        replaceMembers(members);
        version++;
    }

    /** Flat allocated and keys handed over (分房到户); the site must be completed with a flat left. */
    public void allocateHousing(ResettlementSite site, long householdsHousedAtSite, String flat, LocalDate on) {
        if (status != HouseholdStatus.REGISTERED) {
            throw new DomainRuleViolation("housing-allocated-once",
                    "Household " + registryNumber + " already has housing (status " + status + ")");
        }
        if (!site.county().equals(county)) {
            throw new DomainRuleViolation("housing-in-own-county",
                    "Site " + site.name() + " is in county " + site.county() + ", the household in " + county);
        }
        site.requireRoomForOneMore(householdsHousedAtSite);
        siteId = site.id();
        flatNumber = flat;
        status = HouseholdStatus.HOUSING_ALLOCATED;
        housingAllocatedOn = on;
        version++;
    }

    public void moveIn(LocalDate on) {
        if (status != HouseholdStatus.HOUSING_ALLOCATED) {
            throw new DomainRuleViolation("move-in-requires-housing",
                    "Household " + registryNumber + " is " + status + "; it moves in only after housing is allocated");
        }
        status = HouseholdStatus.MOVED_IN;
        movedInOn = on;
        version++;
    }

    public void liftOutOfPoverty(LocalDate on) {
        if (category != Category.REGISTERED_POOR) {
            throw new DomainRuleViolation("lifting-requires-registered-poor",
                    "Household " + registryNumber + " is " + category + "; only registered-poor households are lifted out of poverty");
        }
        if (povertyStatus != PovertyStatus.IN_POVERTY) {
            throw new DomainRuleViolation("lifted-once", "Household " + registryNumber + " was already lifted out of poverty on " + liftedOn);
        }
        povertyStatus = PovertyStatus.LIFTED;
        liftedOn = on;
        version++;
    }

    public void demolishHomestead(LocalDate on) {
        if (homesteadStatus != HomesteadStatus.TO_DEMOLISH) {
            throw new DomainRuleViolation("demolition-requires-homestead-to-demolish",
                    "The homestead of household " + registryNumber + " is " + homesteadStatus + "; only one to demolish is demolished");
        }
        homesteadStatus = HomesteadStatus.DEMOLISHED;
        demolishedOn = on;
        version++;
    }

    public void reclaimHomestead(LocalDate on) {
        if (homesteadStatus != HomesteadStatus.DEMOLISHED) {
            throw new DomainRuleViolation("reclamation-requires-demolition",
                    "The homestead of household " + registryNumber + " is " + homesteadStatus + "; land is reclaimed only after demolition");
        }
        homesteadStatus = HomesteadStatus.RECLAIMED;
        reclaimedOn = on;
        version++;
    }

    /** A household that has moved in is never deleted: its history is the programme's record. */
    public void requireRemovable() {
        if (status == HouseholdStatus.MOVED_IN) {
            throw new DomainRuleViolation("moved-in-household-not-deleted",
                    "Household " + registryNumber + " has moved in; correct it with an update instead of deleting it");
        }
    }

    /** The version the deletion event carries: one more than the last change. */
    public long versionAfterRemoval() {
        return version + 1;
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

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String county() {
        return county;
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
