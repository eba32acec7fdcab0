package org.anju.households.event;

/** A deep-poverty natural village (深度贫困自然村) was registered. */
public record VillageRegistered(VillageSnapshot data) implements VillageEvent {
}
