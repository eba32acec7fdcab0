package org.anju.gateway.service;

import java.util.List;

/** Every county's indicators side by side (also of counties without data yet). */
public record CountiesView(List<IndicatorsView> counties, List<FreshnessView> freshness) {
}
