package org.anju.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.anju.funding.config.RewardRulesConfig;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.domain.Reward;
import org.anju.funding.domain.RewardRule;
import org.anju.funding.domain.RewardStatus;
import org.anju.funding.event.RewardApproved;
import org.anju.funding.event.RewardProposed;
import org.anju.funding.event.RewardSnapshot;
import org.anju.funding.repository.RewardRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Rewards: proposed by the rules when a village is demolished, paid when a city administrator approves them. */
@ApplicationScoped
public class RewardService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RewardRepository rewards;
    private final List<RewardRule> rules;
    private final LedgerService ledger;
    private final Outbox outbox;

    public RewardService(RewardRepository rewards, RewardRulesConfig config, LedgerService ledger, Outbox outbox) {
        this.rewards = rewards;
        this.rules = config.asRules();
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /**
     * Proposes what every rule grants a demolished village, at most once per rule and village
     * however often the event arrives.
     */
    @Transactional
    public List<RewardSnapshot> proposeFor(String villageId, String county, LocalDate demolishedOn) {
        Instant now = Timestamps.now();
        return rules.stream()
                .filter(rule -> !rewards.exists(rule.name(), villageId))
                .flatMap(rule -> rule.proposeFor(villageId, county, demolishedOn, now).stream())
                .map(reward -> {
                    rewards.persist(reward);
                    RewardSnapshot snapshot = snapshot(reward);
                    outbox.record(new RewardProposed(snapshot));
                    return snapshot;
                })
                .toList();
    }

    /**
     * Pays a proposed reward: an expenditure from the county's balance (which must cover it), then
     * RewardApproved. {@code ifMatch} (optional) must name the reward's current version.
     */
    @Transactional
    public RewardSnapshot approve(UUID rewardId, LocalDate paidOn, String ifMatch) {
        // locked: two approvals of one reward cannot both pay it
        Reward reward = rewards.findByIdOptional(rewardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No reward " + rewardId));
        ETags.requireMatch(ifMatch, reward.version());
        Instant now = Timestamps.now();
        // "today" is the programme's calendar day (Jinzhong), not the server's
        LedgerEntry payment = reward.payment(paidOn == null ? LocalDate.ofInstant(now, CHINA) : paidOn, now);
        ledger.post(payment);
        reward.approve(payment, now);
        RewardSnapshot snapshot = snapshot(reward);
        outbox.record(new RewardApproved(snapshot));
        return snapshot;
    }

    @Transactional
    public RewardSnapshot get(UUID rewardId) {
        return rewards.findByIdOptional(rewardId).map(RewardService::snapshot)
                .orElseThrow(() -> new NotFoundException("No reward " + rewardId));
    }

    @Transactional
    public Page<RewardSnapshot> list(RewardStatus status, String county, String cursor, int limit) {
        TimeIdCursor after = TimeIdCursor.decode(cursor);
        List<RewardSnapshot> fetched = rewards.page(status, county, after.at(), after.id(), limit + 1).stream()
                .map(RewardService::snapshot).toList();
        return Page.of(fetched, limit, reward -> TimeIdCursor.encode(reward.proposedAt(), reward.id()));
    }

    public List<RewardRule> rules() {
        return rules;
    }

    private static RewardSnapshot snapshot(Reward reward) {
        return new RewardSnapshot(reward.id(), reward.version(), reward.rule(), reward.villageId(), reward.county(),
                reward.source(), reward.purpose(), reward.amount(), reward.demolishedOn(), reward.status(),
                reward.proposedAt(), reward.approvedAt(), reward.expenditureEntryId());
    }
}
