package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.Beneficiary;
import org.anju.industry.domain.DividendPayment;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.domain.IndustryProject;
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
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
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
    public ProjectView register(@Valid RegisterProject command) {
        scope.requireWrite(command.county());
        IndustryProject project = new IndustryProject(UUID.randomUUID(), command.name(), command.type(), command.county(),
                references.siteOrNone(command.siteId()), command.investment(), command.landAreaMu(), command.capacity(),
                command.capacityUnit(), command.partnerCompany(), command.startDate());
        projects.persist(project);
        outbox.record(new ProjectRegistered(Snapshots.project(project)));
        return Views.project(project);
    }

    @Transactional
    public ProjectView correct(UUID id, String ifMatch, @Valid RegisterProject command) {
        IndustryProject project = lockedProject(id);
        ETags.requireMatch(ifMatch, project.version());
        project.correct(command.name(), command.type(), command.county(), references.siteOrNone(command.siteId()),
                command.investment(), command.landAreaMu(), command.capacity(), command.capacityUnit(),
                command.partnerCompany(), command.startDate());
        outbox.record(new ProjectUpdated(Snapshots.project(project)));
        return Views.project(project);
    }

    @Transactional
    public ProjectView changeStatus(UUID id, String ifMatch, @Valid ChangeProjectStatus command) {
        IndustryProject project = lockedProject(id);
        ETags.requireMatch(ifMatch, project.version());
        project.changeStatus(command.status());
        outbox.record(new ProjectStatusChanged(Snapshots.project(project)));
        return Views.project(project);
    }

    @Transactional
    public ProjectView get(UUID id) {
        return Views.project(readableProject(id));
    }

    @Transactional
    public Page<ProjectView> list(CountyCode county, ProjectType type, ProjectStatus status, UUID siteId, String cursor,
                                  int limit) {
        return ListQuery.byId(IndustryProject::id)
                .where("county", scope.listCounty(county))
                .where("type", type)
                .where("status", status)
                .where("siteId", siteId)
                .after(cursor)
                .page(projects, limit)
                .map(Views::project);
    }

    /** Adds the household (again, if it was removed); a household unknown to the replica is a 422. */
    @Transactional
    public BeneficiaryView addBeneficiary(UUID projectId, @Valid AddBeneficiary command) {
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
        outbox.record(new BeneficiaryAdded(Snapshots.beneficiary(beneficiary)));
        return Views.beneficiary(beneficiary);
    }

    @Transactional
    public BeneficiaryView removeBeneficiary(UUID projectId, UUID householdId, String ifMatch) {
        lockedProject(projectId);
        Beneficiary beneficiary = lockedBeneficiary(projectId, householdId);
        ETags.requireMatch(ifMatch, beneficiary.version());
        beneficiary.remove();
        outbox.record(new BeneficiaryRemoved(Snapshots.beneficiary(beneficiary)));
        return Views.beneficiary(beneficiary);
    }

    @Transactional
    public BeneficiaryView payDividend(UUID projectId, UUID householdId, String ifMatch, @Valid PayDividend command) {
        IndustryProject project = lockedProject(projectId);
        Beneficiary beneficiary = lockedBeneficiary(projectId, householdId);
        ETags.requireMatch(ifMatch, beneficiary.version());
        beneficiary.payDividend(project, command.amount());
        payments.persist(new DividendPayment(UUID.randomUUID(), beneficiary, command.paidOn(), command.amount()));
        outbox.record(new DividendPaid(Snapshots.beneficiary(beneficiary)));
        return Views.beneficiary(beneficiary);
    }

    @Transactional
    public BeneficiaryView beneficiary(UUID projectId, UUID householdId) {
        readableProject(projectId);
        return beneficiaries.find("projectId = ?1 and householdId = ?2", projectId, householdId).firstResultOptional()
                .map(Views::beneficiary).orElseThrow(() -> beneficiaryNotFound(projectId, householdId));
    }

    @Transactional
    public Page<BeneficiaryView> beneficiaries(UUID projectId, Boolean active, String cursor, int limit) {
        readableProject(projectId);
        return ListQuery.byId(Beneficiary::id)
                .where("projectId", projectId)
                .where("active", active)
                .after(cursor)
                .page(beneficiaries, limit)
                .map(Views::beneficiary);
    }

    /**
     * Called by the household feed (no caller to scope): a removed household leaves its projects,
     * a corrected one updates the category, members and site its beneficiary records carry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void followHousehold(HouseholdReplica household) {
        for (Beneficiary beneficiary : beneficiaries.activeOfHousehold(household.id())) {
            if (household.removed()) {
                beneficiary.remove();
                outbox.record(new BeneficiaryRemoved(Snapshots.beneficiary(beneficiary)));
            } else if (beneficiary.follow(household)) {
                outbox.record(new BeneficiaryUpdated(Snapshots.beneficiary(beneficiary)));
            }
        }
    }

    /** The project, if the caller may read it (the project's county is its beneficiaries' scope too). */
    private IndustryProject readableProject(UUID id) {
        IndustryProject project = projects.findByIdOptional(id).orElseThrow(() -> projectNotFound(id));
        scope.requireRead(project.county());
        return project;
    }

    /** The project, locked for a change, if the caller may change it. */
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

    private static ResourceNotFound projectNotFound(UUID id) {
        return new ResourceNotFound("Project", id);
    }

    private static ResourceNotFound beneficiaryNotFound(UUID projectId, UUID householdId) {
        return new ResourceNotFound("Beneficiary household", householdId + " of project " + projectId);
    }
}
