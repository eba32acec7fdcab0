package org.anju.households.event;

/** The household moved in (入住). */
public record HouseholdMovedIn(HouseholdSnapshot data) implements HouseholdEvent {
}
