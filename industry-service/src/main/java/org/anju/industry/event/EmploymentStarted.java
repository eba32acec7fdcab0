package org.anju.industry.event;

import org.anju.industry.domain.EmploymentSnapshot;

/** A member of a household started a job. */
public record EmploymentStarted(EmploymentSnapshot data) implements SnapshotEvent {
}
