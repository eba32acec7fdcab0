package org.anju.gateway.repository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables a projection writes to: the live ones, or fresh ones a rebuild fills before they are
 * swapped in (renamed) in one transaction.
 */
public record ProjectionTables(String snapshots, String counters, String counterDays, String distinct) {

    public static final ProjectionTables LIVE = new ProjectionTables("gw_snapshots", "gw_counters", "gw_counter_days", "gw_distinct");
    public static final ProjectionTables REBUILD = new ProjectionTables("gw_snapshots_rebuild", "gw_counters_rebuild",
            "gw_counter_days_rebuild", "gw_distinct_rebuild");

    /** Creates the rebuild tables empty, shaped like the live ones. */
    public static void createRebuildTables(DataSource dataSource) {
        execute(dataSource,
                "DROP TABLE IF EXISTS gw_snapshots_rebuild, gw_counters_rebuild, gw_counter_days_rebuild, gw_distinct_rebuild",
                "CREATE TABLE gw_snapshots_rebuild (LIKE gw_snapshots INCLUDING ALL)",
                "CREATE TABLE gw_counters_rebuild (LIKE gw_counters INCLUDING ALL)",
                "CREATE TABLE gw_counter_days_rebuild (LIKE gw_counter_days INCLUDING ALL)",
                "CREATE TABLE gw_distinct_rebuild (LIKE gw_distinct INCLUDING ALL)");
    }

    /** Puts the rebuilt tables in place of the live ones; call inside the swapping transaction. */
    public static void swapInRebuild(DataSource dataSource) {
        execute(dataSource,
                "DROP TABLE gw_snapshots", "ALTER TABLE gw_snapshots_rebuild RENAME TO gw_snapshots",
                "DROP TABLE gw_counters", "ALTER TABLE gw_counters_rebuild RENAME TO gw_counters",
                "DROP TABLE gw_counter_days", "ALTER TABLE gw_counter_days_rebuild RENAME TO gw_counter_days",
                "DROP TABLE gw_distinct", "ALTER TABLE gw_distinct_rebuild RENAME TO gw_distinct");
    }

    private static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the projection tables", e);
        }
    }
}
