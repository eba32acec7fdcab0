package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Claim;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ClaimRepository {

    private final DataSource dataSource;

    public ClaimRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Claim> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT indicator_id, scope_key, numerator, denominator, value, source FROM gw_claims ORDER BY indicator_id, scope_key");
             ResultSet rows = select.executeQuery()) {
            List<Claim> claims = new ArrayList<>();
            while (rows.next()) {
                claims.add(new Claim(rows.getString(1), rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(4),
                        rows.getBigDecimal(5), rows.getString(6)));
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read claims", e);
        }
    }

    public void save(Claim claim) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO gw_claims (indicator_id, scope_key, numerator, denominator, value, source) VALUES (?, ?, ?, ?, ?, ?)"
                             + " ON CONFLICT (indicator_id, scope_key) DO UPDATE SET numerator = EXCLUDED.numerator,"
                             + " denominator = EXCLUDED.denominator, value = EXCLUDED.value, source = EXCLUDED.source")) {
            upsert.setString(1, claim.indicatorId());
            upsert.setString(2, claim.scopeKey());
            upsert.setBigDecimal(3, claim.numerator());
            upsert.setBigDecimal(4, claim.denominator());
            upsert.setBigDecimal(5, claim.value());
            upsert.setString(6, claim.source());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the claim on " + claim.indicatorId(), e);
        }
    }
}
