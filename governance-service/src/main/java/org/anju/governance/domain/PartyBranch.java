package org.anju.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A joint Party branch (联合党支部) of one or more resettlement sites. It always has exactly one
 * secretary: founding appoints one, and appointing another hands the post over, ending the
 * previous term (terms are kept as history).
 */
@Entity
@Table(name = "party_branch")
public class PartyBranch extends AggregateRoot {

    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "management_mode")
    private ManagementMode managementMode;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    @ElementCollection
    @CollectionTable(name = "party_branch_site", joinColumns = @JoinColumn(name = "branch_id"))
    @Column(name = "site_id")
    private Set<UUID> siteIds = new LinkedHashSet<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "branch_id", nullable = false)
    private List<BranchOfficer> officers = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "branch_id", nullable = false)
    private List<PartyGroup> groups = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "branch_id", nullable = false)
    private List<BranchRule> rules = new ArrayList<>();

    protected PartyBranch() {
    }

    private PartyBranch(String county) {
        super(county);
    }

    public static PartyBranch found(String county, String name, ManagementMode mode, Set<UUID> siteIds,
                                    LocalDate foundedOn, String secretaryId, String secretaryName) {
        if (siteIds.isEmpty()) {
            throw DomainRuleViolation.of("branch-covers-a-site");
        }
        PartyBranch branch = new PartyBranch(county);
        branch.name = Objects.requireNonNull(name);
        branch.managementMode = Objects.requireNonNull(mode);
        branch.foundedOn = Objects.requireNonNull(foundedOn);
        branch.siteIds.addAll(siteIds);
        branch.officers.add(new BranchOfficer(secretaryId, secretaryName, BranchRole.SECRETARY, foundedOn));
        return branch;
    }

    /**
     * Appoints an officer to a post. A new secretary takes over from the current one, whose term
     * ends that day; an officer who already holds another post in the branch leaves it.
     */
    public void appoint(String officerId, String name, BranchRole role, LocalDate on) {
        if (on.isBefore(foundedOn)) {
            throw DomainRuleViolation.of("appointment-after-founding", id(), foundedOn);
        }
        BranchOfficer current = activeTerm(officerId);
        if (current != null && current.role() == role) {
            throw DomainRuleViolation.of("officer-already-holds-post", officerId, Labels.of(role));
        }
        if (role == BranchRole.SECRETARY) {
            BranchOfficer secretary = secretary();
            if (on.isBefore(secretary.appointedOn())) {
                throw DomainRuleViolation.of("handover-after-appointment", secretary.appointedOn(), on);
            }
            secretary.end(on);
        }
        if (current != null) {
            if (current.role() == BranchRole.SECRETARY) {
                throw new DomainRuleViolation("secretary-needs-successor",
                        Message.of("rule.secretary-needs-successor.other-post", officerId));
            }
            current.end(on);
        }
        officers.add(new BranchOfficer(officerId, name, role, on));
        changed();
    }

    /** Ends an officer's term; the secretary leaves only by handing over to a successor. */
    public void relieve(String officerId, LocalDate on) {
        BranchOfficer term = activeTerm(officerId);
        if (term == null) {
            throw DomainRuleViolation.of("officer-holds-no-post", officerId, id());
        }
        if (term.role() == BranchRole.SECRETARY) {
            throw DomainRuleViolation.of("secretary-needs-successor");
        }
        if (on.isBefore(term.appointedOn())) {
            throw DomainRuleViolation.of("term-ends-after-appointment", officerId, term.appointedOn(), on);
        }
        term.end(on);
        changed();
    }

    public void formGroup(String name, int memberCount, LocalDate formedOn) {
        if (memberCount < 1) {
            throw DomainRuleViolation.of("party-group-has-members", String.valueOf(memberCount));
        }
        if (groups.stream().anyMatch(group -> group.name().equals(name))) {
            throw DomainRuleViolation.of("party-group-name-unique", id(), name);
        }
        groups.add(new PartyGroup(name, memberCount, formedOn));
        changed();
    }

    /** Adopts a rule document; the one of the same kind in force until then is superseded that day. */
    public void adoptRule(RuleKind kind, String title, String documentRef, LocalDate adoptedOn) {
        rules.stream().filter(rule -> rule.kind() == kind && rule.inForce()).forEach(rule -> {
            if (adoptedOn.isBefore(rule.adoptedOn())) {
                throw DomainRuleViolation.of("rule-adopted-after-previous", Labels.of(kind), rule.adoptedOn(), adoptedOn);
            }
            rule.supersede(adoptedOn);
        });
        rules.add(new BranchRule(kind, title, documentRef, adoptedOn));
        changed();
    }

    public BranchOfficer secretary() {
        List<BranchOfficer> secretaries = officers.stream()
                .filter(officer -> officer.active() && officer.role() == BranchRole.SECRETARY).toList();
        if (secretaries.size() != 1) {
            throw new IllegalStateException("Branch " + id() + " has " + secretaries.size() + " secretaries");
        }
        return secretaries.get(0);
    }

    private BranchOfficer activeTerm(String officerId) {
        return officers.stream().filter(o -> o.active() && o.officerId().equals(officerId)).findFirst().orElse(null);
    }

    public String name() { return name; }
    public ManagementMode managementMode() { return managementMode; }
    public LocalDate foundedOn() { return foundedOn; }

    public List<UUID> siteIds() {
        return siteIds.stream().sorted().toList();
    }

    /** Every term, current and past, oldest first. */
    public List<BranchOfficer> officers() {
        return officers.stream()
                .sorted(Comparator.comparing(BranchOfficer::appointedOn).thenComparing(BranchOfficer::role)).toList();
    }

    public List<PartyGroup> groups() {
        return groups.stream().sorted(Comparator.comparing(PartyGroup::formedOn).thenComparing(PartyGroup::name)).toList();
    }

    /** The members of all its Party groups. */
    public int groupMemberCount() {
        return groups.stream().mapToInt(PartyGroup::memberCount).sum();
    }

    public List<BranchRule> rules() {
        return rules.stream().sorted(Comparator.comparing(BranchRule::adoptedOn).thenComparing(BranchRule::kind)).toList();
    }
}
