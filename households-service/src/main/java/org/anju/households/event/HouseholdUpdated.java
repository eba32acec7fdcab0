package org.anju.households.event;

/** A household's registration was corrected (members, origin, category, destination). */
public record HouseholdUpdated(HouseholdSnapshot data) implements HouseholdEvent {
}
