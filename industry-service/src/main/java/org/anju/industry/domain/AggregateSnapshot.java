package org.anju.industry.domain;

import org.anju.platform.events.Snapshot;

/** The full non-personal state of an aggregate after a change: what its events carry and its API returns. */
public interface AggregateSnapshot extends Snapshot {
}
