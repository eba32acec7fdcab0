package org.anju.households.event;

/** A household (搬迁户) was registered with its members. */
public record HouseholdRegistered(HouseholdSnapshot data) implements HouseholdEvent {
}
