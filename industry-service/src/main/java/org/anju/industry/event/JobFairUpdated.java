package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A job fair's figures were corrected. */
public record JobFairUpdated(JobFairSnapshot data) implements SnapshotEvent {
}
