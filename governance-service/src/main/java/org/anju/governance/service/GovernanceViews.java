package org.anju.governance.service;

import org.anju.governance.domain.Activity;
import org.anju.governance.domain.Award;
import org.anju.governance.domain.BranchOfficer;
import org.anju.governance.domain.Facility;
import org.anju.governance.domain.PartyBranch;
import org.anju.governance.domain.RequestStep;
import org.anju.governance.domain.ResidentRequest;
import org.anju.governance.domain.SiteStandard;
import org.anju.platform.security.Disclosure;

import java.time.Instant;

/** The entities as the API shows them; personal data (names, the residents' words) only as the caller may see it. */
final class GovernanceViews {

    private GovernanceViews() {
    }

    static ActivityView activity(Activity activity) {
        return new ActivityView(activity.id(), activity.version(), activity.county(), activity.siteId(),
                activity.kind(), activity.title(), activity.heldOn(), activity.sessions(),
                activity.participants());
    }

    static AwardView award(Award award) {
        return new AwardView(award.id(), award.version(), award.county(), award.siteId(), award.kind(),
                award.householdId(), award.year(), award.grantedOn(), award.evaluationId());
    }

    static FacilityView facility(Facility facility) {
        return new FacilityView(facility.id(), facility.version(), facility.county(), facility.siteId(),
                facility.type(), facility.name(), facility.beds(), facility.status(),
                facility.openedOn(), facility.closedOn());
    }

    static SiteStandardView standard(SiteStandard standard) {
        return new SiteStandardView(standard.siteId(), standard.version(), standard.county(), standard.assessedAt(),
                standard.metCount(), SiteStandard.ITEM_COUNT, standard.compliant(),
                standard.items().stream().map(i -> new SiteStandardView.Item(i.item(), i.item().group(),
                        i.met(), i.evidenceOn(), i.source())).toList());
    }

    static BranchView branch(PartyBranch branch, Disclosure disclosure) {
        return new BranchView(branch.id(), branch.version(), branch.county(), branch.name(),
                branch.managementMode(), branch.foundedOn(), branch.siteIds(),
                officer(branch.secretary(), disclosure),
                branch.officers().stream().map(officer -> officer(officer, disclosure)).toList(),
                branch.groups().stream().map(g -> new BranchView.Group(g.id(), g.name(), g.memberCount(),
                        g.formedOn())).toList(),
                branch.groups().size(), branch.groupMemberCount(),
                branch.rules().stream().map(r -> new BranchView.Rule(r.id(), r.kind(), r.title(),
                        r.documentRef(), r.adoptedOn(), r.supersededOn())).toList());
    }

    private static BranchView.Officer officer(BranchOfficer officer, Disclosure disclosure) {
        return new BranchView.Officer(officer.officerId(), disclosure.personal(officer.name()), officer.role(),
                officer.appointedOn(), officer.endedOn());
    }

    /** @param now for whether the pending step is overdue right now */
    static RequestView request(ResidentRequest r, Instant now, Disclosure disclosure) {
        RequestView.Request request = new RequestView.Request(r.id(), r.version(), r.county(), r.siteId(),
                r.householdId(), r.category(), r.channel(), r.status(),
                r.submittedAt(), r.submittedBy(),
                r.dueAt(RequestStep.ACCEPT), r.acceptedAt(), r.acceptedBy(), r.onTime(RequestStep.ACCEPT),
                r.dueAt(RequestStep.RESOLVE), r.resolvedAt(), r.resolvedBy(), r.onTime(RequestStep.RESOLVE),
                r.rectificationRequired(),
                r.dueAt(RequestStep.REPLY), r.repliedAt(), r.repliedBy(), r.onTime(RequestStep.REPLY),
                r.rectifiedAt(), r.rectifiedBy(),
                r.overdueAt(RequestStep.ACCEPT), r.overdueAt(RequestStep.RESOLVE), r.overdueAt(RequestStep.REPLY));
        return new RequestView(request, disclosure.personal(r.summary()), disclosure.personal(r.resolution()),
                disclosure.personal(r.rectification()), r.pendingStep().orElse(null), r.isOverdue(now));
    }
}
