package org.anju.industry.event;

import org.anju.industry.domain.ProjectSnapshot;

/** An industry project was registered (PLANNED). */
public record ProjectRegistered(ProjectSnapshot data) implements SnapshotEvent {
}
