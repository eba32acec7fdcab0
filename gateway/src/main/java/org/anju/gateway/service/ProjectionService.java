package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.repository.DistinctRepository;
import org.anju.gateway.repository.ProjectionTables;
import org.anju.gateway.event.Projector;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.platform.events.EventEnvelope;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
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

    private final List<Projector> projectors;
    private final SnapshotRepository snapshots;
    private final CounterRepository counters;
    private final DistinctRepository distinct;

    @Inject
    public ProjectionService(Instance<Projector> projectors, SnapshotRepository snapshots, CounterRepository counters,
                             DistinctRepository distinct) {
        this(projectors.stream().toList(), snapshots, counters, distinct);
    }

    private ProjectionService(List<Projector> projectors, SnapshotRepository snapshots, CounterRepository counters,
                              DistinctRepository distinct) {
        this.projectors = projectors;
        this.snapshots = snapshots;
        this.counters = counters;
        this.distinct = distinct;
    }

    /** The same projection writing to other tables (a rebuild's). */
    public ProjectionService writingTo(ProjectionTables tables, DataSource dataSource, ObjectMapper json) {
        return new ProjectionService(projectors, new SnapshotRepository(dataSource, json, tables),
                new CounterRepository(dataSource, tables), new DistinctRepository(dataSource, tables));
    }

    /** Runs inside the consumer's transaction; returns whether the event changed anything. */
    public boolean apply(EventEnvelope event) {
        for (Projector projector : projectors) {
            Optional<String> kind = projector.kindOf(event);
            if (kind.isPresent()) {
                return apply(projector, kind.get(), event);
            }
        }
        return false;
    }

    private boolean apply(Projector projector, String kind, EventEnvelope event) {
        Optional<SnapshotRepository.Snapshot> stored = snapshots.findForUpdate(kind, event.subject());
        if (stored.isPresent() && stored.get().version() >= event.aggregateVersion()) {
            return false;
        }
        Contributions before = stored.map(snapshot -> projector.contributions(kind, snapshot.data())).orElse(Contributions.none());
        Contributions after = projector.contributions(kind, event.data());
        counters.add(Contributions.delta(before, after));
        applyDistinct(before, after);
        snapshots.save(kind, event.subject(), event.aggregateVersion(), event.data());
        return true;
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
            DistinctRepository.Member stored = distinct.findForUpdate(member.counter(), member.key())
                    .orElse(new DistinctRepository.Member(0, BigDecimal.ZERO));
            DistinctRepository.Member updated = new DistinctRepository.Member(stored.references() + change, member.weight());
            BigDecimal difference = (updated.references() > 0 ? updated.weight() : BigDecimal.ZERO)
                    .subtract(stored.references() > 0 ? stored.weight() : BigDecimal.ZERO);
            if (difference.signum() != 0) {
                Contributions delta = Contributions.none().add(member.counter(), difference, member.scopes().toArray(Scope[]::new));
                counters.add(delta.byScope());
            }
            distinct.save(member.counter(), member.key(), updated);
        }
    }

    private static Map<String, Contributions.DistinctMember> index(Contributions contributions) {
        Map<String, Contributions.DistinctMember> index = new HashMap<>();
        contributions.distinctMembers().forEach(member -> index.put(member.counter() + "|" + member.key(), member));
        return index;
    }
}
