package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Claim;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Declared figures per indicator (or part of one) and scope. */
@ApplicationScoped
public class ClaimRepository {

    private final Jdbc jdbc;

    public ClaimRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public List<Claim> all() {
        return jdbc.list("Could not read claims",
                "SELECT indicator_id, scope_key, numerator, denominator, value, source, as_of, period_from, period_to FROM gw_claims"
                        + " ORDER BY indicator_id, scope_key",
                row -> new Claim(row.getString(1), row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4),
                        row.getBigDecimal(5), row.getString(6), day(row.getDate(7)), day(row.getDate(8)), day(row.getDate(9))));
    }

    public void save(Claim claim) {
        jdbc.update("Could not store the claim on " + claim.indicatorId(),
                "INSERT INTO gw_claims (indicator_id, scope_key, numerator, denominator, value, source, as_of, period_from, period_to)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (indicator_id, scope_key) DO UPDATE SET numerator = EXCLUDED.numerator,"
                        + " denominator = EXCLUDED.denominator, value = EXCLUDED.value, source = EXCLUDED.source,"
                        + " as_of = EXCLUDED.as_of, period_from = EXCLUDED.period_from, period_to = EXCLUDED.period_to",
                claim.indicatorId(), claim.scopeKey(), claim.numerator(), claim.denominator(), claim.value(), claim.source(),
                date(claim.asOf()), date(claim.from()), date(claim.to()));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
