package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** The beneficiary household's category, member count, county or site changed in households-service. */
public record BeneficiaryUpdated(BeneficiarySnapshot data) implements SnapshotEvent {
}
