package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.Beneficiary;
import org.anju.industry.domain.BeneficiarySnapshot;
import org.anju.industry.domain.DividendPayment;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.domain.IndustryProject;
import org.anju.industry.domain.ProjectSnapshot;
import org.anju.industry.domain.ProjectStatus;
import org.anju.industry.domain.ProjectType;
import org.anju.industry.event.BeneficiaryAdded;
import org.anju.industry.event.BeneficiaryRemoved;
import org.anju.industry.event.BeneficiaryUpdated;
import org.anju.industry.event.DividendPaid;
import org.anju.industry.event.ProjectRegistered;
import org.anju.industry.event.ProjectStatusChanged;
import org.anju.industry.event.ProjectUpdated;
import org.anju.industry.repository.BeneficiaryRepository;
import org.anju.industry.repository.DividendPaymentRepository;
import org.anju.industry.repository.IndustryProjectRepository;
import org.anju.industry.repository.ListQuery;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Industry projects and the households benefiting from them. */
@ApplicationScoped
public class ProjectService {

    private final IndustryProjectRepository projects;
    private final BeneficiaryRepository beneficiaries;
    private final DividendPaymentRepository payments;
    private final References references;
    private final Outbox outbox;
    private final CountyScope scope;

    ProjectService(IndustryProjectRepository projects, BeneficiaryRepository beneficiaries,
                   DividendPaymentRepository payments, References references, Outbox outbox, CountyScope scope) {
        this.projects = projects;
        this.beneficiaries = beneficiaries;
        this.payments = payments;
        this.references = references;
        this.outbox = outbox;
        this.scope = scope;
    }

    @Transactional
    public ProjectSnapshot register(@Valid RegisterProject command) {
        scope.requireWrite(command.county());
        IndustryProject project = new IndustryProject(UUID.randomUUID(), command.name(), command.type(), command.county(),
                references.siteOrNone(command.siteId()), command.investment(), command.landAreaMu(), command.capacity(),
                command.capacityUnit(), command.partnerCompany(), command.startDate());
        projects.persist(project);
        outbox.record(new ProjectRegistered(project.snapshot()));
        return project.snapshot();
    }

    @Transactional
    public ProjectSnapshot correct(UUID id, String ifMatch, @Valid RegisterProject command) {
        IndustryProject project = lockedProject(id);
        ETags.requireMatch(ifMatch, project.version());
        project.correct(command.name(), command.type(), command.county(), references.siteOrNone(command.siteId()),
                command.investment(), command.landAreaMu(), command.capacity(), command.capacityUnit(),
                command.partnerCompany(), command.startDate());
        outbox.record(new ProjectUpdated(project.snapshot()));
        return project.snapshot();
    }

    @Transactional
    public ProjectSnapshot changeStatus(UUID id, String ifMatch, @Valid ChangeProjectStatus command) {
        IndustryProject project = lockedProject(id);
        ETags.requireMatch(ifMatch, project.version());
        project.changeStatus(command.status());
        outbox.record(new ProjectStatusChanged(project.snapshot()));
        return project.snapshot();
    }

    @Transactional
    public ProjectSnapshot get(UUID id) {
        ProjectSnapshot project = projects.findByIdOptional(id).orElseThrow(() -> projectNotFound(id)).snapshot();
        scope.requireRead(project.county());
        return project;
    }

    @Transactional
    public Page<ProjectSnapshot> list(String county, ProjectType type, ProjectStatus status, UUID siteId, String cursor,
                                      int limit) {
        return Lists.page(ListQuery.byId().where("county", Lists.county(scope, county)).where("type", type).where("status", status)
                .where("siteId", siteId).after(Lists.after(cursor)).fetch(projects, limit), limit, IndustryProject::snapshot);
    }

    /** Adds the household (again, if it was removed); a household unknown to the replica is a 422. */
    @Transactional
    public BeneficiarySnapshot addBeneficiary(UUID projectId, @Valid AddBeneficiary command) {
        IndustryProject project = lockedProject(projectId);
        HouseholdReplica household = references.household(command.householdId());
        Beneficiary beneficiary = beneficiaries.findForUpdate(projectId, household.id())
                .map(existing -> {
                    existing.rejoin(project, household, command.expectedAnnualIncrease());
                    return existing;
                })
                .orElseGet(() -> {
                    Beneficiary added = new Beneficiary(UUID.randomUUID(), project, household, command.expectedAnnualIncrease());
                    beneficiaries.persist(added);
                    return added;
                });
        outbox.record(new BeneficiaryAdded(beneficiary.snapshot()));
        return beneficiary.snapshot();
    }

    @Transactional
    public BeneficiarySnapshot removeBeneficiary(UUID projectId, UUID householdId, String ifMatch) {
        lockedProject(projectId);
        Beneficiary beneficiary = lockedBeneficiary(projectId, householdId);
        ETags.requireMatch(ifMatch, beneficiary.version());
        beneficiary.remove();
        outbox.record(new BeneficiaryRemoved(beneficiary.snapshot()));
        return beneficiary.snapshot();
    }

    @Transactional
    public BeneficiarySnapshot payDividend(UUID projectId, UUID householdId, String ifMatch, @Valid PayDividend command) {
        IndustryProject project = lockedProject(projectId);
        Beneficiary beneficiary = lockedBeneficiary(projectId, householdId);
        ETags.requireMatch(ifMatch, beneficiary.version());
        beneficiary.payDividend(project, command.amount());
        payments.persist(new DividendPayment(UUID.randomUUID(), beneficiary, command.paidOn(), command.amount()));
        outbox.record(new DividendPaid(beneficiary.snapshot()));
        return beneficiary.snapshot();
    }

    @Transactional
    public BeneficiarySnapshot beneficiary(UUID projectId, UUID householdId) {
        get(projectId);
        return beneficiaries.find("projectId = ?1 and householdId = ?2", projectId, householdId).firstResultOptional()
                .map(Beneficiary::snapshot).orElseThrow(() -> beneficiaryNotFound(projectId, householdId));
    }

    @Transactional
    public Page<BeneficiarySnapshot> beneficiaries(UUID projectId, Boolean active, String cursor, int limit) {
        get(projectId);
        return Lists.page(ListQuery.byId().where("projectId", projectId).where("active", active)
                .after(Lists.after(cursor)).fetch(beneficiaries, limit), limit, Beneficiary::snapshot);
    }

    /** The project, locked for a change, if the caller may change it (the project's county is its beneficiaries' scope too). */
    /**
     * Called by the household feed (no caller to scope): a removed household leaves its projects,
     * a corrected one updates the category, members and site its beneficiary records carry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void followHousehold(HouseholdReplica household) {
        for (Beneficiary beneficiary : beneficiaries.activeOfHousehold(household.id())) {
            if (household.removed()) {
                beneficiary.remove();
                outbox.record(new BeneficiaryRemoved(beneficiary.snapshot()));
            } else if (beneficiary.follow(household)) {
                outbox.record(new BeneficiaryUpdated(beneficiary.snapshot()));
            }
        }
    }

    private IndustryProject lockedProject(UUID id) {
        IndustryProject project = projects.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> projectNotFound(id));
        scope.requireWrite(project.county());
        return project;
    }

    private Beneficiary lockedBeneficiary(UUID projectId, UUID householdId) {
        return beneficiaries.findForUpdate(projectId, householdId)
                .orElseThrow(() -> beneficiaryNotFound(projectId, householdId));
    }

    private static NotFoundException projectNotFound(UUID id) {
        return new NotFoundException("Project " + id + " does not exist");
    }

    private static NotFoundException beneficiaryNotFound(UUID projectId, UUID householdId) {
        return new NotFoundException("Household " + householdId + " is not a beneficiary of project " + projectId);
    }
}
