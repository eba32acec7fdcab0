package org.anju.gateway.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.anju.gateway.repository.ProjectionTables;

/** The projection repositories the application injects read and write the live tables; a rebuild makes its own. */
@Singleton
public class LiveProjectionTables {

    @Produces
    @Singleton
    ProjectionTables live() {
        return ProjectionTables.LIVE;
    }
}
