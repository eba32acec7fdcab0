package org.anju.governance.event;

import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

public record ActivitySnapshot(UUID id, long version, String county, UUID siteId, String kind, String title,
                               LocalDate heldOn, int sessions, int participants) implements Snapshot {
}
