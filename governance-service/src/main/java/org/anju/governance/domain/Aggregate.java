package org.anju.governance.domain;

/**
 * What every aggregate of this service has: the county it belongs to, which decides who may read
 * and change it, and a version that goes up by one with each change (its ETag and its events'
 * aggregate version).
 */
public interface Aggregate {

    long version();

    /** The 6-digit code of the county the aggregate belongs to. */
    String county();
}
