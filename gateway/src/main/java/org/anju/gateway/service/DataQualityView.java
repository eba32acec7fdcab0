package org.anju.gateway.service;

import java.time.Instant;
import java.util.List;

/** The current data-quality findings over the records and the declared figures. */
public record DataQualityView(Instant checkedAt, int findingCount, List<FindingView> findings) {
}
