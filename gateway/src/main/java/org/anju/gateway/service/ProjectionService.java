package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.event.Projector;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.platform.events.EventEnvelope;

import java.util.List;
import java.util.Optional;

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

    public ProjectionService(Instance<Projector> projectors, SnapshotRepository snapshots, CounterRepository counters) {
        this.projectors = projectors.stream().toList();
        this.snapshots = snapshots;
        this.counters = counters;
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
        snapshots.save(kind, event.subject(), event.aggregateVersion(), event.data());
        return true;
    }
}
