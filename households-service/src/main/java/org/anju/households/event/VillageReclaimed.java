package org.anju.households.event;

/** The village's land was reclaimed. */
public record VillageReclaimed(VillageSnapshot data) implements VillageEvent {
}
