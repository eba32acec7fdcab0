package org.anju.households.event;

/** The old homestead was demolished (旧宅基地拆除). */
public record HomesteadDemolished(HouseholdSnapshot data) implements HouseholdEvent {
}
