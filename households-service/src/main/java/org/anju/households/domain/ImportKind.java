package org.anju.households.domain;

/** What an import file holds: households to register, or lifecycle steps of registered households. */
public enum ImportKind {
    HOUSEHOLDS, HOUSEHOLD_UPDATES
}
