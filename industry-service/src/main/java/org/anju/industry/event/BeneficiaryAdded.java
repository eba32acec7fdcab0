package org.anju.industry.event;

import org.anju.industry.domain.BeneficiarySnapshot;

/** A household became (again) a beneficiary of a project. */
public record BeneficiaryAdded(BeneficiarySnapshot data) implements SnapshotEvent {
}
