package org.anju.households.service;

import org.anju.households.domain.Household;
import org.anju.households.domain.ImportJob;
import org.anju.households.domain.ImportRowError;
import org.anju.households.domain.Member;
import org.anju.households.domain.PovertyVillage;
import org.anju.households.domain.RelocationTask;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.event.HouseholdSnapshot;
import org.anju.households.event.RelocationTaskSet;
import org.anju.households.event.SiteSnapshot;
import org.anju.households.event.VillageSnapshot;
import org.anju.households.repository.SiteOccupancy;
import org.anju.households.repository.VillageHouseholds;
import org.anju.platform.security.Disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Entities to what leaves the service: event snapshots (never personal data) and views (as disclosed). */
final class Views {

    private Views() {
    }

    static HouseholdSnapshot snapshot(Household h) {
        return new HouseholdSnapshot(h.id(), h.version(), h.registryNumber(), h.county(), h.originVillage(),
                h.originNaturalVillage(), h.villageId(), h.category(), h.memberCount(), h.labourCapacityCount(),
                h.siteId(), h.status(), h.housingAllocatedOn(), h.movedInOn(), h.povertyStatus(), h.liftedOn(),
                h.homesteadStatus(), h.demolishedOn(), h.reclaimedOn(), false);
    }

    static HouseholdView household(Household h, Disclosure disclosure) {
        return new HouseholdView(h.id(), h.version(), h.registryNumber(), h.county(), h.originVillage(),
                h.originNaturalVillage(), h.villageId(), h.category(), h.memberCount(), h.labourCapacityCount(),
                h.siteId(), h.flatNumber(), h.status(), h.housingAllocatedOn(), h.movedInOn(), h.povertyStatus(),
                h.liftedOn(), h.homesteadStatus(), h.demolishedOn(), h.reclaimedOn(),
                h.members().stream().map(m -> member(m, disclosure)).toList());
    }

    private static HouseholdView.MemberView member(Member m, Disclosure disclosure) {
        return new HouseholdView.MemberView(disclosure.personal(m.name()), disclosure.idNumber(m.idNumber()),
                birthDate(m, disclosure), m.sex(), m.relation(), m.labourCapacity(), disclosure.personal(m.phone()));
    }

    /**
     * The birth date is exactly what a masked ID number hides ({@code 140723********123X}): shown only
     * to callers who see the number unmasked, so that no response lets a number be rebuilt.
     */
    static LocalDate birthDate(Member m, Disclosure disclosure) {
        return disclosure.unmaskedIdNumbers() ? m.birthDate() : null;
    }

    static SiteSnapshot snapshot(ResettlementSite s) {
        return new SiteSnapshot(s.id(), s.version(), s.county(), s.town(), s.name(), s.placementMode(),
                s.plannedHouseholds(), s.plannedPeople(), s.status(), s.constructionStartedOn(), s.completedOn());
    }

    static SiteView site(ResettlementSite s, SiteOccupancy o) {
        return new SiteView(s.id(), s.version(), s.county(), s.town(), s.name(), s.placementMode(),
                s.plannedHouseholds(), s.plannedPeople(), s.status(), s.constructionStartedOn(), s.completedOn(),
                new SiteView.Occupancy(o.housedHouseholds(), o.housedPeople(), o.movedInHouseholds(), o.movedInPeople(),
                        Math.max(0, s.plannedHouseholds() - o.housedHouseholds())));
    }

    static VillageSnapshot snapshot(PovertyVillage v, long householdCount) {
        return new VillageSnapshot(v.id(), v.version(), v.county(), v.township(), v.name(), v.status(), householdCount,
                v.relocatedOn(), v.demolishedOn(), v.reclaimedOn());
    }

    static VillageView village(PovertyVillage v, VillageHouseholds from) {
        return new VillageView(v.id(), v.version(), v.county(), v.township(), v.name(), v.status(), from.households(),
                from.movedIn(), v.relocatedOn(), v.demolishedOn(), v.reclaimedOn());
    }

    static RelocationTaskSet.Task snapshot(RelocationTask t) {
        return new RelocationTaskSet.Task(t.id(), t.version(), t.county(), t.period(), t.plannedPeople(), t.plannedHouseholds());
    }

    static RelocationTaskView task(RelocationTask t) {
        return new RelocationTaskView(t.id(), t.version(), t.county(), t.period(), t.plannedPeople(), t.plannedHouseholds());
    }

    /** A job as read: its failure and row errors in {@code locale} (those of jobs of an earlier version as they were stored). */
    static ImportJobView importJob(ImportJob job, List<ImportRowError> errors, StoredMessages messages, Locale locale) {
        String failure = job.failureReason() != null ? messages.render(job.failureReason(), locale) : job.failure();
        return new ImportJobView(job.id(), job.kind(), job.dryRun(), job.status(), job.format(), job.totalRows(),
                job.rowsDone(), job.householdsImported(), job.householdsRejected(), job.errorCount(), failure, job.createdAt(),
                job.finishedAt(), errors.stream().map(e -> new ImportJobView.RowError(e.rowNumber(), e.field(),
                        e.reason() != null ? messages.render(e.reason(), locale) : e.message(), e.rule())).toList());
    }
}
