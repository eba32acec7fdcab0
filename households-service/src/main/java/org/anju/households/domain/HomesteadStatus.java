package org.anju.households.domain;

/** The old homestead (旧宅基地): none to demolish, or to demolish → demolished → land reclaimed (复垦). */
public enum HomesteadStatus {
    NONE_TO_DEMOLISH, TO_DEMOLISH, DEMOLISHED, RECLAIMED
}
