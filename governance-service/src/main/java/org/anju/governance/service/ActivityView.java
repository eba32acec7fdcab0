package org.anju.governance.service;

import java.time.LocalDate;
import java.util.UUID;

/** A community activity as the API shows it. */
public record ActivityView(UUID id, long version, String county, UUID siteId, String kind, String title,
                           LocalDate heldOn, int sessions, int participants) {
}
