package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;

/** Every consumed event goes to the projections; types the gateway does not count are skipped. */
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
}
