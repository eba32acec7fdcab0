package org.anju.industry.event;

import org.anju.industry.domain.JobFairSnapshot;

/** A job fair was recorded. */
public record JobFairRecorded(JobFairSnapshot data) implements SnapshotEvent {
}
