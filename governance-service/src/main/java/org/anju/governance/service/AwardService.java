package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.governance.domain.Activity;
import org.anju.governance.domain.Award;
import org.anju.governance.domain.AwardKind;
import org.anju.governance.domain.Labels;
import org.anju.governance.event.AwardGranted;
import org.anju.governance.event.AwardSnapshot;
import org.anju.governance.repository.ActivityRepository;
import org.anju.governance.repository.AwardRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;

import java.util.List;
import java.util.UUID;

/** Awards to households (最美家庭, 小区好人), usually decided by an evaluation activity. */
@ApplicationScoped
public class AwardService {

    private final AwardRepository awards;
    private final ActivityRepository activities;
    private final Aggregates aggregates;
    private final Outbox outbox;

    AwardService(AwardRepository awards, ActivityRepository activities, Aggregates aggregates, Outbox outbox) {
        this.awards = awards;
        this.activities = activities;
        this.aggregates = aggregates;
        this.outbox = outbox;
    }

    @Transactional
    public AwardView grant(GrantAward command) {
        aggregates.requireNew(command.county(), List.of(command.siteId()));
        Activity evaluation = command.evaluationId() == null ? null : activities.findByIdOptional(command.evaluationId())
                .orElseThrow(() -> DomainRuleViolation.of("award-evaluation-exists", command.evaluationId()));
        if (awards.exists(command.householdId(), command.kind(), command.year())) {
            throw DomainRuleViolation.of("award-once-a-year", command.householdId(), Labels.of(command.kind()),
                    String.valueOf(command.year()));
        }
        Award award = Award.grant(command.county().code(), command.siteId(), command.kind(), command.householdId(),
                command.year(), command.grantedOn(), evaluation);
        awards.persist(award);
        outbox.record(new AwardGranted(snapshot(award)));
        return GovernanceViews.award(award);
    }

    @Transactional
    public AwardView get(UUID id) {
        return GovernanceViews.award(aggregates.read(awards, "Award", id));
    }

    @Transactional
    public Page<AwardView> list(CountyCode county, UUID siteId, AwardKind kind, Integer year, UUID householdId,
                                String cursor, int limit) {
        return aggregates.<Award>list(county)
                .where("siteId", siteId)
                .where("kind", kind)
                .where("year", year)
                .where("householdId", householdId)
                .after(cursor)
                .page(awards, limit)
                .map(GovernanceViews::award);
    }

    private static AwardSnapshot snapshot(Award award) {
        return new AwardSnapshot(award.id(), award.version(), award.county(), award.siteId(), award.kind().name(),
                award.householdId(), award.year(), award.grantedOn(), award.evaluationId());
    }
}
