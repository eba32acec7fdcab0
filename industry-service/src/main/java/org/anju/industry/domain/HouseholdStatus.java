package org.anju.industry.domain;

/** A household's relocation status as households-service publishes it. */
public enum HouseholdStatus {
    REGISTERED,
    HOUSING_ALLOCATED,
    MOVED_IN
}
