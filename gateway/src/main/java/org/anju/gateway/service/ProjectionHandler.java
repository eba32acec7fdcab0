package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;

import java.util.List;

/**
 * Every consumed event goes to the projections, a poll's events as one unit of work; types the gateway
 * does not count are skipped.
 */
@ApplicationScoped
public class ProjectionHandler implements EventHandler {

    private final ProjectionService projections;

    public ProjectionHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(EventEnvelope event) {
        projections.apply(event);
    }

    @Override
    public void handleAll(List<EventEnvelope> events) {
        projections.apply(events);
    }
}
