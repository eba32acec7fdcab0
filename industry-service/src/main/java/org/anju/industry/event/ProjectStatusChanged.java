package org.anju.industry.event;

import org.anju.industry.domain.ProjectSnapshot;

/** A project started operating or closed. */
public record ProjectStatusChanged(ProjectSnapshot data) implements SnapshotEvent {
}
