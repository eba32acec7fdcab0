package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.CounterChanges;
import org.anju.gateway.domain.Dating;
import org.anju.gateway.domain.DayDeltas;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.DistinctRepository;
import org.anju.gateway.repository.ProjectionTables;
import org.anju.gateway.repository.ProjectionVersionRepository;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.gateway.repository.TopicTimeRepository;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.time.ProgrammeClock;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
 * <p>
 * The events of a poll are applied as one unit of work ({@link Poll}): the snapshots they touch are read
 * in one query, each event sees what the events before it left (its own pending snapshots and distinct
 * members), and at the end each changed snapshot, distinct member, counter, dated counter and topic time
 * is written once, in one statement per table — with the same result as applying them one by one.
 */
@ApplicationScoped
public class ProjectionService {

    private final SnapshotRepository snapshots;
    private final CounterRepository counters;
    private final DistinctRepository distinct;
    private final TopicTimeRepository topicTimes;
    private final ProjectionVersionRepository version;
    private final ProgrammeClock clock;

    public ProjectionService(SnapshotRepository snapshots, CounterRepository counters, DistinctRepository distinct,
                             TopicTimeRepository topicTimes, ProjectionVersionRepository version, ProgrammeClock clock) {
        this.version = version;
        this.snapshots = snapshots;
        this.counters = counters;
        this.distinct = distinct;
        this.topicTimes = topicTimes;
        this.clock = clock;
    }

    /**
     * The same projection writing to other tables (a rebuild's); the topics' newest event times and the projection's
     * version stay the live consumer's (the rebuild moves the version on when it swaps its tables in).
     */
    ProjectionService writingTo(ProjectionTables tables, DataSource dataSource, ObjectMapper json) {
        return new ProjectionService(new SnapshotRepository(dataSource, json, tables),
                new CounterRepository(dataSource, tables), new DistinctRepository(dataSource, json, tables), null, null, clock);
    }

    /** Runs inside the consumer's transaction; events the gateway does not count change nothing. */
    public void apply(EventEnvelope event) {
        apply(List.of(event));
    }

    /**
     * Applies the events in their order as one unit of work, inside the caller's transaction (the consumer's,
     * with the poll's offsets); events the gateway does not count change nothing. Throws, writing nothing,
     * when one of them cannot be applied.
     */
    public void apply(List<EventEnvelope> events) {
        List<Application> counted = new ArrayList<>(events.size());
        Map<String, OffsetDateTime> newest = new HashMap<>();
        for (EventEnvelope event : events) {
            CountedEvents.of(event).ifPresent(how -> {
                counted.add(new Application(how, event));
                newest.merge(how.topic(), event.time(), (a, b) -> b.isAfter(a) ? b : a);
            });
        }
        if (counted.isEmpty()) {
            return;
        }
        Poll poll = new Poll(snapshots.findAllForUpdate(counted.stream().map(Application::key).toList()));
        counted.forEach(application -> apply(poll, application));
        distinct.saveAll(poll.changedMembers);
        counters.add(poll.changes);
        snapshots.saveAll(poll.changedSnapshots);
        if (topicTimes != null) {
            topicTimes.applied(newest);
        }
        if (version != null) {
            version.moveOn();
        }
    }

    /** An event the gateway counts, and how. */
    private record Application(CountedEvents.Counted counted, EventEnvelope event) {

        SnapshotRepository.Key key() {
            return new SnapshotRepository.Key(counted.kind(), event.subject());
        }
    }

    /**
     * What a poll's events have read and changed so far: the snapshots and distinct members as the events
     * applied until now left them (read through to the database once), and the counter changes added up.
     */
    private final class Poll {

        /** Stored or pending: an aggregate missing here was never applied. */
        final Map<SnapshotRepository.Key, SnapshotRepository.Snapshot> snapshots;
        final Map<SnapshotRepository.Key, SnapshotRepository.Snapshot> changedSnapshots = new HashMap<>();
        /** Read or pending ({@link DistinctRepository.Member#NONE} when not stored); a member missing here was not read yet. */
        final Map<DistinctRepository.Key, DistinctRepository.Member> members = new HashMap<>();
        final Map<DistinctRepository.Key, DistinctRepository.Member> changedMembers = new HashMap<>();
        final CounterChanges changes = new CounterChanges();

        Poll(Map<SnapshotRepository.Key, SnapshotRepository.Snapshot> stored) {
            this.snapshots = new HashMap<>(stored);
        }

        void save(SnapshotRepository.Key key, SnapshotRepository.Snapshot snapshot) {
            snapshots.put(key, snapshot);
            changedSnapshots.put(key, snapshot);
        }

        /** Reads the members among {@code keys} that this poll has not read yet, in one query. */
        void read(Collection<DistinctRepository.Key> keys) {
            List<DistinctRepository.Key> unread = keys.stream().filter(key -> !members.containsKey(key)).toList();
            if (!unread.isEmpty()) {
                Map<DistinctRepository.Key, DistinctRepository.Member> stored = distinct.findAllForUpdate(unread);
                unread.forEach(key -> members.put(key, stored.getOrDefault(key, DistinctRepository.Member.NONE)));
            }
        }

        void save(DistinctRepository.Key key, DistinctRepository.Member member) {
            members.put(key, member);
            changedMembers.put(key, member);
        }
    }

    private void apply(Poll poll, Application application) {
        CountedEvents.Counted counted = application.counted();
        EventEnvelope event = application.event();
        String kind = counted.kind();
        SnapshotRepository.Key key = application.key();
        Optional<SnapshotRepository.Snapshot> stored = Optional.ofNullable(poll.snapshots.get(key));
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
        applyDistinct(poll, event.subject(), before, after, deltas);
        poll.changes.add(deltas);
        poll.save(key, new SnapshotRepository.Snapshot(event.aggregateVersion(), event.data(), firstRecorded, has));
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
    private static void applyDistinct(Poll poll, String aggregateId, Contributions before, Contributions after, DayDeltas deltas) {
        Map<DistinctRepository.Key, Contributions.DistinctMember> was = index(before);
        Map<DistinctRepository.Key, Contributions.DistinctMember> is = index(after);
        Set<DistinctRepository.Key> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        poll.read(keys);
        for (DistinctRepository.Key key : keys) {
            Contributions.DistinctMember member = is.getOrDefault(key, was.get(key));
            DistinctRepository.Member stored = poll.members.get(key);
            Map<String, LocalDate> references = new HashMap<>(stored.references());
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
            poll.save(key, updated);
        }
    }

    private static Map<DistinctRepository.Key, Contributions.DistinctMember> index(Contributions contributions) {
        Map<DistinctRepository.Key, Contributions.DistinctMember> index = new HashMap<>();
        contributions.distinctMembers().forEach(member ->
                index.put(new DistinctRepository.Key(member.counter().key(), member.key()), member));
        return index;
    }
}
