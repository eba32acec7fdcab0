package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A household's derived employment situation changed. */
public record HouseholdEmploymentChanged(HouseholdEmploymentSnapshot data) implements SnapshotEvent {
}
