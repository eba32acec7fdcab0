package org.anju.households.event;

import org.anju.platform.events.DomainEvent;

/** Every household event: its data is the household's snapshot, which also gives id, version and county. */
public sealed interface HouseholdEvent extends DomainEvent
        permits HouseholdRegistered, HouseholdUpdated, HousingAllocated, HouseholdMovedIn, HouseholdLiftedOutOfPoverty,
        HomesteadDemolished, HomesteadReclaimed, HouseholdRemoved {

    @Override
    HouseholdSnapshot data();

    @Override
    default String aggregateId() {
        return data().id().toString();
    }

    @Override
    default long aggregateVersion() {
        return data().version();
    }

    @Override
    default String county() {
        return data().county();
    }
}
