package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** How fresh the figures from one topic are: the time of the newest event applied, and what is still to apply. */
@Schema(name = "Freshness")
public record FreshnessView(String topic, OffsetDateTime lastEventTime, long lag) {
}
