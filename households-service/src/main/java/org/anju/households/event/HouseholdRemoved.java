package org.anju.households.event;

/** A household registered by mistake was deleted (never one that moved in). */
public record HouseholdRemoved(HouseholdSnapshot data) implements HouseholdEvent {
}
