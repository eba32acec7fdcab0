package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Each indicator's numerator and denominator per scope and day. */
@ApplicationScoped
public class HistoryRepository {

    public record Point(String indicatorId, String scopeKey, LocalDate day, BigDecimal numerator, BigDecimal denominator) {
    }

    private final Jdbc jdbc;

    public HistoryRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Stores the day's figures, replacing what was stored for that day earlier. */
    public void save(List<Point> points) {
        jdbc.batch("Could not store indicator history",
                "INSERT INTO gw_history (indicator_id, scope_key, day, numerator, denominator) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (indicator_id, scope_key, day) DO UPDATE SET numerator = EXCLUDED.numerator,"
                        + " denominator = EXCLUDED.denominator",
                points.stream().map(point -> new Object[] {point.indicatorId(), point.scopeKey(), Date.valueOf(point.day()),
                        point.numerator(), point.denominator()}).toList());
    }

    public List<Point> series(String indicatorId, String scopeKey, LocalDate from, LocalDate to) {
        return jdbc.list("Could not read indicator history",
                "SELECT day, numerator, denominator FROM gw_history WHERE indicator_id = ? AND scope_key = ?"
                        + " AND day BETWEEN ? AND ? ORDER BY day",
                row -> new Point(indicatorId, scopeKey, row.getDate(1).toLocalDate(), row.getBigDecimal(2), row.getBigDecimal(3)),
                indicatorId, scopeKey, Date.valueOf(from), Date.valueOf(to));
    }
}
