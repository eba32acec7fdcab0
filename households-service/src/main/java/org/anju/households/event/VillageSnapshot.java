package org.anju.households.event;

import org.anju.households.domain.VillageStatus;
import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

/** A deep-poverty natural village as every village event carries it (contracts/households/Village*.schema.json). */
public record VillageSnapshot(UUID id, long version, String county, String township, String name, VillageStatus status,
                              long householdCount, LocalDate relocatedOn, LocalDate demolishedOn, LocalDate reclaimedOn) implements Snapshot {
}
