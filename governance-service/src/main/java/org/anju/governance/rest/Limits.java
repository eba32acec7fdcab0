package org.anju.governance.rest;

/** Page sizes of every list. */
final class Limits {

    static final String DEFAULT = "50";
    static final long MAX = 200;

    private Limits() {
    }
}
