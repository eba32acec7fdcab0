package org.anju.industry.event;

import org.anju.industry.domain.BeneficiarySnapshot;

/** The beneficiary household's category, member count, county or site changed in households-service. */
public record BeneficiaryUpdated(BeneficiarySnapshot data) implements SnapshotEvent {
}
