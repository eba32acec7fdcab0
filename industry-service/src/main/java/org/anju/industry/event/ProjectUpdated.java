package org.anju.industry.event;

import org.anju.industry.domain.ProjectSnapshot;

/** A project's details were corrected. */
public record ProjectUpdated(ProjectSnapshot data) implements SnapshotEvent {
}
