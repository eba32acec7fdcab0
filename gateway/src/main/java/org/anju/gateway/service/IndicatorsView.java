package org.anju.gateway.service;

import java.util.List;

/** Every indicator of one scope (the city, a county or a site), with the freshness of each source topic. */
public record IndicatorsView(ScopeView scope, List<IndicatorView> indicators, List<FreshnessView> freshness) {
}
