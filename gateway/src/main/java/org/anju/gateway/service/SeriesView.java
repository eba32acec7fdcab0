package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One indicator for the city (its code) or a county at the end of each period, oldest first.
 *
 * @param interval {@code day}, {@code month}, {@code quarter} or {@code year}
 */
@Schema(name = "Series")
public record SeriesView(String indicatorId, String scope, String interval, List<SeriesPointView> points) {
}
