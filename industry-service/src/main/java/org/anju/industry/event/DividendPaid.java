package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A dividend was paid to a beneficiary household; dividendsPaid is the new total. */
public record DividendPaid(BeneficiarySnapshot data) implements SnapshotEvent {
}
