package org.anju.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Rewards: proposed by the rules when a village is demolished, paid when a city administrator approves them. */
@ApplicationScoped
public class RewardService {

    private final RewardRepository rewards;
    private final List<RewardRule> rules;
    private final LedgerService ledger;
    private final Outbox outbox;
    private final ProgrammeClock clock;
    private final CountyScope countyScope;

    public RewardService(RewardRepository rewards, RewardRulesConfig config, LedgerService ledger, Outbox outbox,
                         ProgrammeClock clock, CountyScope countyScope) {
        this.rewards = rewards;
        this.rules = config.asRules();
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
        this.countyScope = countyScope;
    }

    /**
     * Proposes what every rule grants a demolished village, at most once per rule and village
     * however often the event arrives.
     */
    @Transactional
    public void proposeFor(String villageId, CountyCode county, LocalDate demolishedOn) {
        Instant now = clock.now();
        rules.stream()
                .filter(rule -> !rewards.exists(rule.name(), villageId))
                .flatMap(rule -> rule.proposeFor(villageId, county, demolishedOn, now).stream())
                .forEach(reward -> {
                    rewards.persist(reward);
                    outbox.record(new RewardProposed(snapshot(reward)));
                });
    }

    /**
     * Pays a proposed reward: an expenditure from the county's balance (which must cover it), then
     * RewardApproved. {@code ifMatch} (optional) must name the reward's current version; the
     * payment is dated the programme's today unless the command says otherwise.
     */
    @Transactional
    public RewardView approve(UUID rewardId, String ifMatch, ApproveReward command) {
        // locked: two approvals of one reward cannot both pay it
        Reward reward = reward(rewardId, LockModeType.PESSIMISTIC_WRITE);
        countyScope.requireWrite(reward.county());
        ETags.requireMatch(ifMatch, reward.version());
        Instant now = clock.now();
        LocalDate paidOn = command == null || command.paidOn() == null ? clock.today() : command.paidOn();
        LedgerEntry payment = reward.payment(paidOn, now);
        ledger.post(payment);
        reward.approve(payment, now);
        outbox.record(new RewardApproved(snapshot(reward)));
        return RewardView.of(reward);
    }

    @Transactional
    public RewardView get(UUID rewardId) {
        Reward reward = reward(rewardId, LockModeType.NONE);
        countyScope.requireRead(reward.county());
        return RewardView.of(reward);
    }

    /** Rewards in the order they were proposed, of the county the caller may list. */
    @Transactional
    public Page<RewardView> list(RewardStatus status, CountyCode county, String cursor, int limit) {
        return ListQuery.byTimeThenId("proposedAt", Reward::proposedAt, Reward::id)
                .where("status", status)
                .where("county", countyScope.listCounty(county))
                .after(cursor)
                .page(rewards, limit)
                .map(RewardView::of);
    }

    public List<RewardRuleView> rules() {
        return rules.stream().map(RewardRuleView::of).toList();
    }

    private Reward reward(UUID rewardId, LockModeType lock) {
        return rewards.findByIdOptional(rewardId, lock).orElseThrow(() -> new ResourceNotFound("Reward", rewardId));
    }

    private static RewardSnapshot snapshot(Reward reward) {
        return new RewardSnapshot(reward.id(), reward.version(), reward.rule(), reward.villageId(), reward.county(),
                reward.source(), reward.purpose(), reward.amount(), reward.demolishedOn(), reward.status(),
                reward.proposedAt(), reward.approvedAt(), reward.expenditureEntryId());
    }
}
