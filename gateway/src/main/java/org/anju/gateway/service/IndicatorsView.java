package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Every indicator of one scope (the city, a county or a site), with the freshness of each source topic.
 *
 * @param asOfDate the day the figures stand at the end of (counting facts dated on or before it); null for today's figures
 */
public record IndicatorsView(ScopeView scope,
                             @Schema(description = "the day the figures stand at the end of; null: today's figures") LocalDate asOfDate,
                             List<IndicatorView> indicators, List<FreshnessView> freshness) {
}
