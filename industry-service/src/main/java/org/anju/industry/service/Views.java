package org.anju.industry.service;

import org.anju.industry.domain.Beneficiary;
import org.anju.industry.domain.Employment;
import org.anju.industry.domain.HouseholdEmployment;
import org.anju.industry.domain.HouseholdProfile;
import org.anju.industry.domain.IndustryProject;
import org.anju.industry.domain.JobFair;
import org.anju.industry.domain.TrainingCourse;
import org.anju.industry.domain.Workshop;

import java.time.LocalDate;

/** The API's view of each entity. */
final class Views {

    private Views() {
    }

    static ProjectView project(IndustryProject project) {
        return new ProjectView(project.id(), project.version(), project.name(), project.type(), project.county(),
                project.siteId(), project.investment(), project.landAreaMu(), project.capacity(), project.capacityUnit(),
                project.partnerCompany(), project.startDate(), project.status());
    }

    static BeneficiaryView beneficiary(Beneficiary beneficiary) {
        HouseholdProfile household = beneficiary.profile();
        return new BeneficiaryView(beneficiary.id(), beneficiary.version(), beneficiary.projectId(),
                beneficiary.householdId(), household.county(), household.siteId(), household.category(),
                household.memberCount(), beneficiary.expectedAnnualIncrease(), beneficiary.dividendsPaid(),
                beneficiary.active());
    }

    static WorkshopView workshop(Workshop workshop) {
        return new WorkshopView(workshop.id(), workshop.version(), workshop.name(), workshop.operatingCompany(),
                workshop.county(), workshop.siteId(), workshop.jobsOffered(), workshop.status());
    }

    /** {@code stable} as of {@code today}. */
    static EmploymentView employment(Employment employment, LocalDate today) {
        return new EmploymentView(employment.id(), employment.version(), employment.householdId(),
                employment.memberRef(), employment.county(), employment.siteId(), employment.channel(),
                employment.employer(), employment.workshopId(), employment.startDate(), employment.plannedEndDate(),
                employment.endDate(), employment.monthlyIncome(), employment.contract(), employment.isStableOn(today),
                employment.status());
    }

    static HouseholdEmploymentView householdEmployment(HouseholdEmployment situation) {
        HouseholdProfile household = situation.profile();
        HouseholdEmployment.Situation now = situation.situation();
        return new HouseholdEmploymentView(situation.householdId(), situation.version(), household.county(),
                household.siteId(), household.category(), household.memberCount(), now.labourCapacityCount(),
                now.relocated(), now.removed(), now.employedMembers(), now.stablyEmployedMembers(), now.stablyEmployed(),
                now.zeroEmployment());
    }

    static TrainingCourseView trainingCourse(TrainingCourse course) {
        return new TrainingCourseView(course.id(), course.version(), course.topic(), course.county(), course.heldFrom(),
                course.heldTo(), course.sessions(), course.trainees(), course.employedAfter());
    }

    static JobFairView jobFair(JobFair fair) {
        return new JobFairView(fair.id(), fair.version(), fair.heldOn(), fair.county(), fair.employers(),
                fair.registrations(), fair.hires());
    }
}
