package org.anju.industry.service;

import org.anju.industry.domain.Beneficiary;
import org.anju.industry.domain.Employment;
import org.anju.industry.domain.HouseholdEmployment;
import org.anju.industry.domain.HouseholdProfile;
import org.anju.industry.domain.IndustryProject;
import org.anju.industry.domain.JobFair;
import org.anju.industry.domain.TrainingCourse;
import org.anju.industry.domain.Workshop;
import org.anju.industry.event.BeneficiarySnapshot;
import org.anju.industry.event.EmploymentSnapshot;
import org.anju.industry.event.HouseholdEmploymentSnapshot;
import org.anju.industry.event.JobFairSnapshot;
import org.anju.industry.event.ProjectSnapshot;
import org.anju.industry.event.TrainingCourseSnapshot;
import org.anju.industry.event.WorkshopSnapshot;

import java.time.LocalDate;

/** The event snapshot of each aggregate after a change: what industry.v1 carries. */
final class Snapshots {

    private Snapshots() {
    }

    static ProjectSnapshot project(IndustryProject project) {
        return new ProjectSnapshot(project.id(), project.version(), project.name(), project.type().name(),
                project.county(), project.siteId(), project.investment(), project.landAreaMu(), project.capacity(),
                project.capacityUnit(), project.partnerCompany(), project.startDate(), project.status().name());
    }

    static BeneficiarySnapshot beneficiary(Beneficiary beneficiary) {
        HouseholdProfile household = beneficiary.profile();
        return new BeneficiarySnapshot(beneficiary.id(), beneficiary.version(), beneficiary.projectId(),
                beneficiary.householdId(), household.county(), household.siteId(), household.category().name(),
                household.memberCount(), beneficiary.expectedAnnualIncrease(), beneficiary.dividendsPaid(),
                beneficiary.active());
    }

    static WorkshopSnapshot workshop(Workshop workshop) {
        return new WorkshopSnapshot(workshop.id(), workshop.version(), workshop.name(), workshop.operatingCompany(),
                workshop.county(), workshop.siteId(), workshop.jobsOffered(), workshop.status().name());
    }

    /** {@code stable} as of {@code today}, the day of the change. */
    static EmploymentSnapshot employment(Employment employment, LocalDate today) {
        return new EmploymentSnapshot(employment.id(), employment.version(), employment.householdId(),
                employment.memberRef(), employment.county(), employment.siteId(), employment.channel().name(),
                employment.employer(), employment.workshopId(), employment.startDate(), employment.plannedEndDate(),
                employment.endDate(), employment.monthlyIncome(), employment.contract(), employment.isStableOn(today),
                employment.status().name());
    }

    static HouseholdEmploymentSnapshot householdEmployment(HouseholdEmployment situation) {
        HouseholdProfile household = situation.profile();
        HouseholdEmployment.Situation now = situation.situation();
        return new HouseholdEmploymentSnapshot(situation.householdId(), situation.version(), household.county(),
                household.siteId(), household.category().name(), household.memberCount(), now.labourCapacityCount(),
                now.relocated(), now.removed(), now.employedMembers(), now.stablyEmployedMembers(), now.stablyEmployed(),
                now.zeroEmployment());
    }

    static TrainingCourseSnapshot trainingCourse(TrainingCourse course) {
        return new TrainingCourseSnapshot(course.id(), course.version(), course.topic(), course.county(),
                course.heldFrom(), course.heldTo(), course.sessions(), course.trainees(), course.employedAfter());
    }

    static JobFairSnapshot jobFair(JobFair fair) {
        return new JobFairSnapshot(fair.id(), fair.version(), fair.heldOn(), fair.county(), fair.employers(),
                fair.registrations(), fair.hires());
    }
}
