package org.anju.funding.domain;

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
}
