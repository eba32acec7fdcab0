package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One indicator per day for the city (its code) or a county, oldest first. */
@Schema(name = "Series")
public record SeriesView(String indicatorId, String scope, List<SeriesPointView> points) {
}
