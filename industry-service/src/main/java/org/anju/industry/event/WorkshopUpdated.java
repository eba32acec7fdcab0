package org.anju.industry.event;

import org.anju.industry.domain.WorkshopSnapshot;

/** A workshop's details were corrected (e.g. the jobs it offers). */
public record WorkshopUpdated(WorkshopSnapshot data) implements SnapshotEvent {
}
