package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A household no longer benefits from a project. */
public record BeneficiaryRemoved(BeneficiarySnapshot data) implements SnapshotEvent {
}
