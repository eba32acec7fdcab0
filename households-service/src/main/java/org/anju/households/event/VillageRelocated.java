package org.anju.households.event;

/** Every household of the village moved in: the whole village is relocated (整村搬迁). */
public record VillageRelocated(VillageSnapshot data) implements VillageEvent {
}
