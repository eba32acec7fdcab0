package org.anju.industry.event;

import org.anju.industry.domain.BeneficiarySnapshot;

/** A household no longer benefits from a project. */
public record BeneficiaryRemoved(BeneficiarySnapshot data) implements SnapshotEvent {
}
