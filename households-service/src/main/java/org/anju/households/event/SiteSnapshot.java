package org.anju.households.event;

import org.anju.households.domain.PlacementMode;
import org.anju.households.domain.SiteStatus;
import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

/** A resettlement site as every site event carries it (contracts/households/Site*.schema.json). */
public record SiteSnapshot(UUID id, long version, String county, String town, String name, PlacementMode placementMode,
                           int plannedHouseholds, int plannedPeople, SiteStatus status,
                           LocalDate constructionStartedOn, LocalDate completedOn) implements Snapshot {
}
