package org.anju.households.event;

/** A registered-poor household was lifted out of poverty (脱贫). */
public record HouseholdLiftedOutOfPoverty(HouseholdSnapshot data) implements HouseholdEvent {
}
