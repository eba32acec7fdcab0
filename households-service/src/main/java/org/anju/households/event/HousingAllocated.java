package org.anju.households.event;

/** A flat was allocated and the keys handed over (分房到户). */
public record HousingAllocated(HouseholdSnapshot data) implements HouseholdEvent {
}
