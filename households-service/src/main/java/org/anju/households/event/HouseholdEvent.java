package org.anju.households.event;

import org.anju.platform.events.SnapshotEvent;

/** Every household event: its data is the household's snapshot, which also gives id, version and county. */
public sealed interface HouseholdEvent extends SnapshotEvent
        permits HouseholdRegistered, HouseholdUpdated, HousingAllocated, HouseholdMovedIn, HouseholdLiftedOutOfPoverty,
        HomesteadDemolished, HomesteadReclaimed, HouseholdRemoved {

    @Override
    HouseholdSnapshot data();
}
