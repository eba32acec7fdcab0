package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

/**
 * The projection's version ({@code gw_projection_version}): moved on inside every transaction that changes what
 * the indicators show, read before serving figures kept in memory.
 */
@ApplicationScoped
public class ProjectionVersionRepository {

    private final Jdbc jdbc;

    public ProjectionVersionRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public long current() {
        return jdbc.first("Could not read the projection's version", "SELECT version FROM gw_projection_version WHERE id = 1",
                row -> row.getLong(1)).orElse(0L);
    }

    /** Call inside the transaction that changes the figures, after its writes. */
    public void moveOn() {
        jdbc.update("Could not move the projection's version on", "UPDATE gw_projection_version SET version = version + 1 WHERE id = 1");
    }
}
