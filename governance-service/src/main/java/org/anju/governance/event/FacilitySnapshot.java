package org.anju.governance.event;

import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

public record FacilitySnapshot(UUID id, long version, String county, UUID siteId, String type, String name,
                               Integer beds, String status, LocalDate openedOn, LocalDate closedOn)
        implements Snapshot {
}
