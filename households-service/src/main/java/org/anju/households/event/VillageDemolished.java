package org.anju.households.event;

/** The village's old houses were demolished. */
public record VillageDemolished(VillageSnapshot data) implements VillageEvent {
}
