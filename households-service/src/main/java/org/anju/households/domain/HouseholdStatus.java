package org.anju.households.domain;

/** Registered → flat allocated and keys handed over (分房到户) → moved in (入住). */
public enum HouseholdStatus {
    REGISTERED, HOUSING_ALLOCATED, MOVED_IN
}
