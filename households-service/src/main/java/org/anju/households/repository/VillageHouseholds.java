package org.anju.households.repository;

/** Households registered as coming from a village, and of them those moved in. */
public record VillageHouseholds(long households, long movedIn) {

    public static final VillageHouseholds NONE = new VillageHouseholds(0, 0);
}
