package org.anju.funding.domain;

import org.anju.platform.i18n.Message;

/**
 * The kinds of balance the ledger keeps per source. Every entry moves some of them, and none may
 * ever go below zero: that is how an overdraw is caught.
 */
public enum Account {
    /** The city: everything received, net of reversed receipts. */
    RECEIVED(true),
    /** The city: received and not yet disbursed. */
    UNDISBURSED(true),
    /** A county: everything disbursed to it. */
    DISBURSED(false),
    /** A county: disbursed to it and not yet spent. */
    AVAILABLE(false),
    /** A county: spent, per purpose. */
    SPENT(false);

    private final boolean city;

    Account(boolean city) {
        this.city = city;
    }

    public boolean isCity() {
        return city;
    }

    /** Its name in messages: the code in English, 未拨付 ... in Chinese (bundle key {@code account.<ACCOUNT>}). */
    public Message named() {
        return Message.of("account." + name());
    }
}
