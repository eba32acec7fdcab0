package org.anju.industry.event;

import org.anju.industry.domain.HouseholdEmploymentSnapshot;

/** A household's derived employment situation changed. */
public record HouseholdEmploymentChanged(HouseholdEmploymentSnapshot data) implements SnapshotEvent {
}
