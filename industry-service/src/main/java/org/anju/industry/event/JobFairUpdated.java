package org.anju.industry.event;

import org.anju.industry.domain.JobFairSnapshot;

/** A job fair's figures were corrected. */
public record JobFairUpdated(JobFairSnapshot data) implements SnapshotEvent {
}
