package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Each indicator's numerator and denominator per scope and day. */
@ApplicationScoped
public class HistoryRepository {

    public record Point(String indicatorId, String scopeKey, LocalDate day, BigDecimal numerator, BigDecimal denominator) {
    }

    private final DataSource dataSource;

    public HistoryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the day's figures, replacing what was stored for that day earlier. */
    public void save(List<Point> points) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO gw_history (indicator_id, scope_key, day, numerator, denominator) VALUES (?, ?, ?, ?, ?)"
                             + " ON CONFLICT (indicator_id, scope_key, day) DO UPDATE SET numerator = EXCLUDED.numerator,"
                             + " denominator = EXCLUDED.denominator")) {
            for (Point point : points) {
                upsert.setString(1, point.indicatorId());
                upsert.setString(2, point.scopeKey());
                upsert.setDate(3, Date.valueOf(point.day()));
                upsert.setBigDecimal(4, point.numerator());
                upsert.setBigDecimal(5, point.denominator());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store indicator history", e);
        }
    }

    public List<Point> series(String indicatorId, String scopeKey, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT day, numerator, denominator FROM gw_history WHERE indicator_id = ? AND scope_key = ?"
                             + " AND day BETWEEN ? AND ? ORDER BY day")) {
            select.setString(1, indicatorId);
            select.setString(2, scopeKey);
            select.setDate(3, Date.valueOf(from));
            select.setDate(4, Date.valueOf(to));
            try (ResultSet rows = select.executeQuery()) {
                List<Point> points = new ArrayList<>();
                while (rows.next()) {
                    points.add(new Point(indicatorId, scopeKey, rows.getDate(1).toLocalDate(), rows.getBigDecimal(2), rows.getBigDecimal(3)));
                }
                return points;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read indicator history", e);
        }
    }
}
