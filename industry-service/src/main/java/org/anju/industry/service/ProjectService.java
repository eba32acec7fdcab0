package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.anju.industry.event.BeneficiarySnapshot;
import org.anju.industry.event.BeneficiaryUpdated;
import org.anju.industry.event.DividendPaid;
import org.anju.industry.event.ProjectRegistered;
import org.anju.industry.event.ProjectSnapshot;
import org.anju.industry.event.ProjectStatusChanged;
import org.anju.industry.event.ProjectUpdated;
import org.anju.industry.repository.BeneficiaryRepository;
import org.anju.industry.repository.DividendPaymentRepository;
import org.anju.industry.repository.IndustryProjectRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.events.SnapshotEvent;
import org.anju.platform.i18n.Message;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;
import java.util.function.Function;

/**
 * Industry projects and the households benefiting from them. A project's county is its
 * beneficiaries' scope too: who may read or change the project may read or change them.
 */
@ApplicationScoped
public class ProjectService extends CountyRecordService<IndustryProject, RegisterProject, ProjectSnapshot, ProjectView> {

    private final BeneficiaryRepository beneficiaries;
    private final DividendPaymentRepository payments;
    private final References references;

    ProjectService(IndustryProjectRepository projects, BeneficiaryRepository beneficiaries,
                   DividendPaymentRepository payments, References references, Outbox outbox, CountyScope scope) {
        super(projects, "Project", ProjectRegistered::new, ProjectUpdated::new, outbox, scope);
        this.beneficiaries = beneficiaries;
        this.payments = payments;
        this.references = references;
    }

    @Override
    IndustryProject create(RegisterProject command) {
        return new IndustryProject(UUID.randomUUID(), command.name(), command.type(), command.county(),
                references.siteOrNone(command.siteId()), command.investment(), command.landAreaMu(), command.capacity(),
                command.capacityUnit(), command.partnerCompany(), command.startDate());
    }

    @Override
    void correct(IndustryProject project, RegisterProject command) {
        project.correct(command.name(), command.type(), command.county(), references.siteOrNone(command.siteId()),
                command.investment(), command.landAreaMu(), command.capacity(), command.capacityUnit(),
                command.partnerCompany(), command.startDate());
    }

    @Override
    ProjectSnapshot snapshot(IndustryProject project) {
        return Snapshots.project(project);
    }

    @Override
    ProjectView view(IndustryProject project) {
        return Views.project(project);
    }

    @Transactional
    public ProjectView changeStatus(UUID id, String ifMatch, @Valid ChangeProjectStatus command) {
        IndustryProject project = locked(id, ifMatch);
        project.changeStatus(command.status());
        return publish(project, ProjectStatusChanged::new);
    }

    @Transactional
    public Page<ProjectView> list(CountyCode county, ProjectType type, ProjectStatus status, UUID siteId, String cursor,
                                  int limit) {
        return list(ListQuery.byId(IndustryProject::id).where("type", type).where("status", status).where("siteId", siteId),
                county, cursor, limit);
    }

    /** Adds the household (again, if it was removed); a household unknown to the replica is a 422. */
    @Transactional
    public BeneficiaryView addBeneficiary(UUID projectId, @Valid AddBeneficiary command) {
        IndustryProject project = locked(projectId);
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
        return publish(beneficiary, BeneficiaryAdded::new);
    }

    @Transactional
    public BeneficiaryView removeBeneficiary(UUID projectId, UUID householdId, String ifMatch) {
        locked(projectId);
        Beneficiary beneficiary = lockedBeneficiary(projectId, householdId);
        ETags.requireMatch(ifMatch, beneficiary.version());
        beneficiary.remove();
        return publish(beneficiary, BeneficiaryRemoved::new);
    }

    @Transactional
    public BeneficiaryView payDividend(UUID projectId, UUID householdId, String ifMatch, @Valid PayDividend command) {
        IndustryProject project = locked(projectId);
        Beneficiary beneficiary = lockedBeneficiary(projectId, householdId);
        ETags.requireMatch(ifMatch, beneficiary.version());
        beneficiary.payDividend(project, command.amount());
        payments.persist(new DividendPayment(UUID.randomUUID(), beneficiary, command.paidOn(), command.amount()));
        return publish(beneficiary, DividendPaid::new);
    }

    @Transactional
    public BeneficiaryView beneficiary(UUID projectId, UUID householdId) {
        readable(projectId);
        return beneficiaries.find("projectId = ?1 and householdId = ?2", projectId, householdId).firstResultOptional()
                .map(Views::beneficiary).orElseThrow(() -> beneficiaryNotFound(projectId, householdId));
    }

    @Transactional
    public Page<BeneficiaryView> beneficiaries(UUID projectId, Boolean active, String cursor, int limit) {
        readable(projectId);
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
                publish(beneficiary, BeneficiaryRemoved::new);
            } else if (beneficiary.follow(household)) {
                publish(beneficiary, BeneficiaryUpdated::new);
            }
        }
    }

    /** Records the beneficiary's change (its snapshot in {@code event}) and answers its view. */
    private BeneficiaryView publish(Beneficiary beneficiary, Function<BeneficiarySnapshot, SnapshotEvent> event) {
        outbox.record(event.apply(Snapshots.beneficiary(beneficiary)));
        return Views.beneficiary(beneficiary);
    }

    private Beneficiary lockedBeneficiary(UUID projectId, UUID householdId) {
        return beneficiaries.findForUpdate(projectId, householdId)
                .orElseThrow(() -> beneficiaryNotFound(projectId, householdId));
    }

    private static ProblemException beneficiaryNotFound(UUID projectId, UUID householdId) {
        return new ProblemException(ProblemType.NOT_FOUND,
                Message.of("not-found.beneficiary", householdId.toString(), projectId.toString()));
    }
}
