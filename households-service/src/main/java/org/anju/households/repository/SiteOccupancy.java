package org.anju.households.repository;

/** What a site's occupancy is derived from: households with a flat there, and of them those moved in. */
public record SiteOccupancy(long housedHouseholds, long housedPeople, long movedInHouseholds, long movedInPeople) {

    public static final SiteOccupancy EMPTY = new SiteOccupancy(0, 0, 0, 0);
}
