package org.anju.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.DistinctRepository;
import org.anju.gateway.repository.ProjectionTables;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.platform.events.EventEnvelope;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies an event's snapshot to the counters as the difference between what the aggregate
 * contributed before and what it contributes now. A snapshot not newer than the stored one is
 * skipped, so duplicates and replays leave every counter as it is.
 */
@ApplicationScoped
public class ProjectionService {

    private final SnapshotRepository snapshots;
    private final CounterRepository counters;
    private final DistinctRepository distinct;

    public ProjectionService(SnapshotRepository snapshots, CounterRepository counters, DistinctRepository distinct) {
        this.snapshots = snapshots;
        this.counters = counters;
        this.distinct = distinct;
    }

    /** The same projection writing to other tables (a rebuild's). */
    ProjectionService writingTo(ProjectionTables tables, DataSource dataSource, ObjectMapper json) {
        return new ProjectionService(new SnapshotRepository(dataSource, json, tables),
                new CounterRepository(dataSource, tables), new DistinctRepository(dataSource, tables));
    }

    /** Runs inside the consumer's transaction; events the gateway does not count change nothing. */
    public void apply(EventEnvelope event) {
        CountedEvents.of(event).ifPresent(counted -> apply(counted, event));
    }

    private void apply(CountedEvents.Counted counted, EventEnvelope event) {
        String kind = counted.kind();
        Optional<SnapshotRepository.Snapshot> stored = snapshots.findForUpdate(kind, event.subject());
        if (stored.isPresent() && stored.get().version() >= event.aggregateVersion()) {
            return;
        }
        Contributions before = stored.map(snapshot -> counted.projector().contributions(kind, snapshot.data()))
                .orElse(Contributions.none());
        Contributions after = counted.projector().contributions(kind, event.data());
        counters.add(Contributions.delta(before, after));
        applyDistinct(before, after);
        snapshots.save(kind, event.subject(), event.aggregateVersion(), event.data());
    }

    /** A distinct member adds its weight to its counter while at least one aggregate refers to it. */
    private void applyDistinct(Contributions before, Contributions after) {
        Map<String, Contributions.DistinctMember> was = index(before);
        Map<String, Contributions.DistinctMember> is = index(after);
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        for (String key : keys) {
            Contributions.DistinctMember member = is.getOrDefault(key, was.get(key));
            int change = (is.containsKey(key) ? 1 : 0) - (was.containsKey(key) ? 1 : 0);
            DistinctRepository.Member stored = distinct.findForUpdate(member.counter().key(), member.key())
                    .orElse(new DistinctRepository.Member(0, BigDecimal.ZERO));
            DistinctRepository.Member updated = new DistinctRepository.Member(stored.references() + change, member.weight());
            BigDecimal difference = (updated.references() > 0 ? updated.weight() : BigDecimal.ZERO)
                    .subtract(stored.references() > 0 ? stored.weight() : BigDecimal.ZERO);
            if (difference.signum() != 0) {
                Contributions delta = Contributions.none().add(member.counter(), difference, member.scopes().toArray(Scope[]::new));
                counters.add(delta.byScope());
            }
            distinct.save(member.counter().key(), member.key(), updated);
        }
    }

    private static Map<String, Contributions.DistinctMember> index(Contributions contributions) {
        Map<String, Contributions.DistinctMember> index = new HashMap<>();
        contributions.distinctMembers().forEach(member -> index.put(member.counter().key() + "|" + member.key(), member));
        return index;
    }
}
