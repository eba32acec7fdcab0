package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.governance.domain.Activity;
import org.anju.governance.domain.Award;
import org.anju.governance.domain.AwardKind;
import org.anju.governance.event.AwardGranted;
import org.anju.governance.event.AwardSnapshot;
import org.anju.governance.repository.ActivityRepository;
import org.anju.governance.repository.AwardRepository;
import org.anju.governance.repository.Where;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.rest.Page;

import java.util.UUID;

/** Awards to households (最美家庭, 小区好人), usually decided by an evaluation activity. */
@ApplicationScoped
public class AwardService {

    private final AwardRepository awards;
    private final ActivityRepository activities;
    private final SiteCounties siteCounties;
    private final Outbox outbox;

    AwardService(AwardRepository awards, ActivityRepository activities, SiteCounties siteCounties, Outbox outbox) {
        this.awards = awards;
        this.activities = activities;
        this.siteCounties = siteCounties;
        this.outbox = outbox;
    }

    @Transactional
    public AwardSnapshot grant(Commands.GrantAward command) {
        siteCounties.require(command.siteId(), command.county());
        Activity evaluation = command.evaluationId() == null ? null : activities.findByIdOptional(command.evaluationId())
                .orElseThrow(() -> new DomainRuleViolation("award-evaluation-exists",
                        "No evaluation activity " + command.evaluationId()));
        if (awards.exists(command.householdId(), command.kind(), command.year())) {
            throw new DomainRuleViolation("award-once-a-year", "Household " + command.householdId() + " already has the "
                    + command.kind() + " award for " + command.year());
        }
        Award award = Award.grant(command.county(), command.siteId(), command.kind(), command.householdId(),
                command.year(), command.grantedOn(), evaluation);
        awards.persist(award);
        AwardSnapshot snapshot = snapshot(award);
        outbox.record(new AwardGranted(snapshot));
        return snapshot;
    }

    @Transactional
    public AwardSnapshot get(UUID id) {
        return snapshot(awards.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No award " + id)));
    }

    @Transactional
    public Page<AwardSnapshot> list(String county, UUID siteId, AwardKind kind, Integer year, UUID householdId,
                                    String cursor, int limit) {
        Where where = Where.all()
                .and("county = :county", "county", county)
                .and("siteId = :site", "site", siteId)
                .and("kind = :kind", "kind", kind)
                .and("year = :year", "year", year)
                .and("householdId = :household", "household", householdId)
                .after(Keyset.after(cursor));
        return Keyset.page(awards.list(where, limit + 1), limit, Award::id, AwardService::snapshot);
    }

    private static AwardSnapshot snapshot(Award award) {
        return new AwardSnapshot(award.id(), award.version(), award.county(), award.siteId(), award.kind().name(),
                award.householdId(), award.year(), award.grantedOn(), award.evaluationId());
    }
}
