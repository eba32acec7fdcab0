package org.anju.governance.domain;

/** A step of the "four firsts" that has a service level and can become overdue. */
public enum RequestStep {
    ACCEPT, RESOLVE, REPLY
}
