package org.anju.funding.domain;

import org.anju.platform.i18n.Message;

/** The four kinds of ledger entry; every entry is immutable once recorded. */
public enum EntryKind {
    /** The city receives money from a source. */
    RECEIPT,
    /** The city passes money of one source to a county. */
    DISBURSEMENT,
    /** A county spends money of one source on a purpose. */
    EXPENDITURE,
    /** Cancels a named entry; the original stays in the ledger. */
    REVERSAL;

    /** What people call it: "Receipt", 资金到位, ... (bundle key {@code entry.kind.<KIND>}). */
    public Message named() {
        return Message.of("entry.kind." + name());
    }
}
