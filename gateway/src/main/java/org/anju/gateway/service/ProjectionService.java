package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Dating;
import org.anju.gateway.domain.DayDeltas;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.DistinctRepository;
import org.anju.gateway.repository.ProjectionTables;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.gateway.repository.TopicTimeRepository;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.time.ProgrammeClock;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies an event's snapshot to the counters as the difference between what the aggregate
 * contributed before and what it contributes now, per scope, counter and business day. A snapshot
 * not newer than the stored one is skipped, so duplicates and replays leave every counter as it is.
 */
@ApplicationScoped
public class ProjectionService {

    private final SnapshotRepository snapshots;
    private final CounterRepository counters;
    private final DistinctRepository distinct;
    private final TopicTimeRepository topicTimes;
    private final ProgrammeClock clock;

    public ProjectionService(SnapshotRepository snapshots, CounterRepository counters, DistinctRepository distinct,
                             TopicTimeRepository topicTimes, ProgrammeClock clock) {
        this.snapshots = snapshots;
        this.counters = counters;
        this.distinct = distinct;
        this.topicTimes = topicTimes;
        this.clock = clock;
    }

    /** The same projection writing to other tables (a rebuild's); the topics' newest event times stay the live consumer's. */
    ProjectionService writingTo(ProjectionTables tables, DataSource dataSource, ObjectMapper json) {
        return new ProjectionService(new SnapshotRepository(dataSource, json, tables),
                new CounterRepository(dataSource, tables), new DistinctRepository(dataSource, json, tables), null, clock);
    }

    /** Runs inside the consumer's transaction; events the gateway does not count change nothing. */
    public void apply(EventEnvelope event) {
        CountedEvents.of(event).ifPresent(counted -> apply(counted, event));
    }

    private void apply(CountedEvents.Counted counted, EventEnvelope event) {
        if (topicTimes != null) {
            topicTimes.applied(counted.topic(), event.time());
        }
        String kind = counted.kind();
        Optional<SnapshotRepository.Snapshot> stored = snapshots.findForUpdate(kind, event.subject());
        if (stored.isPresent() && stored.get().version() >= event.aggregateVersion()) {
            return;
        }
        LocalDate recordedOn = clock.dateOf(event.time().toInstant());
        LocalDate firstRecorded = stored.map(SnapshotRepository.Snapshot::firstRecorded).orElse(recordedOn);
        SortedMap<LocalDate, BigDecimal> had = stored.map(SnapshotRepository.Snapshot::recordedIncrements).orElse(new TreeMap<>());
        SortedMap<LocalDate, BigDecimal> has = increments(counted.projector().recordedAmount(kind), event, had, recordedOn);
        Contributions before = stored.map(snapshot -> counted.projector().contributions(kind, snapshot.data(),
                        new Dating(firstRecorded, clock.zone(), had)))
                .orElse(Contributions.none());
        Contributions after = counted.projector().contributions(kind, event.data(), new Dating(firstRecorded, clock.zone(), has));
        DayDeltas deltas = Contributions.dayDelta(before, after);
        applyDistinct(event.subject(), before, after, deltas);
        counters.add(deltas);
        snapshots.save(kind, event.subject(),
                new SnapshotRepository.Snapshot(event.aggregateVersion(), event.data(), firstRecorded, has));
    }

    /**
     * The increases of an undated running total ({@code field}, e.g. dividends paid), each on the day
     * it was recorded: those recorded before, and what the new snapshot's total adds to them on the
     * day of its event (a decrease, a correction, likewise).
     */
    private static SortedMap<LocalDate, BigDecimal> increments(String field, EventEnvelope event,
                                                               SortedMap<LocalDate, BigDecimal> had, LocalDate recordedOn) {
        if (field == null) {
            return had;
        }
        JsonNode total = event.data().path(field);
        BigDecimal now = total.isTextual() || total.isNumber() ? new BigDecimal(total.asText()) : BigDecimal.ZERO;
        BigDecimal change = now.subtract(had.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        if (change.signum() == 0) {
            return had;
        }
        SortedMap<LocalDate, BigDecimal> has = new TreeMap<>(had);
        has.merge(recordedOn, change, BigDecimal::add);
        has.values().removeIf(amount -> amount.signum() == 0);
        return has;
    }

    /**
     * A distinct member adds its weight to its counter while at least one aggregate refers to it,
     * from the earliest day among those references.
     */
    private void applyDistinct(String aggregateId, Contributions before, Contributions after, DayDeltas deltas) {
        Map<String, Contributions.DistinctMember> was = index(before);
        Map<String, Contributions.DistinctMember> is = index(after);
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        for (String key : keys) {
            Contributions.DistinctMember member = is.getOrDefault(key, was.get(key));
            DistinctRepository.Member stored = distinct.findForUpdate(member.counter().key(), member.key())
                    .orElse(DistinctRepository.Member.NONE);
            Map<String, java.time.LocalDate> references = new HashMap<>(stored.references());
            if (is.containsKey(key)) {
                references.put(aggregateId, is.get(key).from());
            } else {
                references.remove(aggregateId);
            }
            DistinctRepository.Member updated = new DistinctRepository.Member(references, member.weight());
            Scope[] scopes = member.scopes().toArray(Scope[]::new);
            Contributions change = Contributions.none();
            if (stored.since() != null) {
                change.add(member.counter(), stored.weight().negate(), stored.since(), scopes);
            }
            if (updated.since() != null) {
                change.add(member.counter(), updated.weight(), updated.since(), scopes);
            }
            deltas.merge(change.days());
            distinct.save(member.counter().key(), member.key(), updated);
        }
    }

    private static Map<String, Contributions.DistinctMember> index(Contributions contributions) {
        Map<String, Contributions.DistinctMember> index = new HashMap<>();
        contributions.distinctMembers().forEach(member -> index.put(member.counter().key() + "|" + member.key(), member));
        return index;
    }
}
