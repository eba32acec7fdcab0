package org.anju.governance.service;

import org.anju.governance.domain.ActivityKind;

import java.time.LocalDate;
import java.util.UUID;

/** A community activity as the API shows it. */
public record ActivityView(UUID id, long version, String county, UUID siteId, ActivityKind kind, String title,
                           LocalDate heldOn, int sessions, int participants) {
}
