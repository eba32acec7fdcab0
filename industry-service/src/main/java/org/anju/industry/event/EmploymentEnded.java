package org.anju.industry.event;

import org.anju.industry.domain.EmploymentSnapshot;

/** A job ended. */
public record EmploymentEnded(EmploymentSnapshot data) implements SnapshotEvent {
}
