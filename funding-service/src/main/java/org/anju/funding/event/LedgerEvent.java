package org.anju.funding.event;

import org.anju.platform.events.SnapshotEvent;

/** An entry was recorded; the event's name says its kind. The aggregate is the entry (version 1). */
public sealed interface LedgerEvent extends SnapshotEvent permits FundsReceived, FundsDisbursed, FundsSpent, EntryReversed {

    @Override
    EntrySnapshot data();

    static LedgerEvent of(EntrySnapshot entry) {
        return switch (entry.kind()) {
            case RECEIPT -> new FundsReceived(entry);
            case DISBURSEMENT -> new FundsDisbursed(entry);
            case EXPENDITURE -> new FundsSpent(entry);
            case REVERSAL -> new EntryReversed(entry);
        };
    }
}
