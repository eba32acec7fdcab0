package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A household became (again) a beneficiary of a project. */
public record BeneficiaryAdded(BeneficiarySnapshot data) implements SnapshotEvent {
}
