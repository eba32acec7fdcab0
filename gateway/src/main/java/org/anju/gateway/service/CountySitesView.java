package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The resettlement sites of one county the gateway knows (from {@code households.v1}), each with its public
 * occupancy figures, sorted by name.
 *
 * @param asOfDate the day the figures stand at the end of; null for today's figures
 */
@Schema(name = "CountySites")
public record CountySitesView(@Schema(required = true) ScopeView county,
                              @Schema(required = true, nullable = true, description = "the day the figures stand at the end of; null: today's figures")
                              LocalDate asOfDate,
                              @Schema(required = true) List<CountySiteView> sites) {
}
