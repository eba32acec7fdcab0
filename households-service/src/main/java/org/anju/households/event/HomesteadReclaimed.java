package org.anju.households.event;

/** The old homestead's land was reclaimed (复垦). */
public record HomesteadReclaimed(HouseholdSnapshot data) implements HouseholdEvent {
}
