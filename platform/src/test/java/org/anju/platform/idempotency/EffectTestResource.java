package org.anju.platform.idempotency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.security.Roles;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Test-only commands with a database effect: each adds a row and moves one shared, locked balance (like a disbursement). */
@Path("/api/test/effects")
@RolesAllowed(Roles.WRITE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EffectTestResource {

    public record Command(String name, long amount) {
    }

    private final Effects effects;

    public EffectTestResource(Effects effects) {
        this.effects = effects;
    }

    @POST
    public Response run(Command command) throws SQLException {
        long id = effects.apply(command);
        return Response.created(URI.create("/api/test/effects/" + id)).entity(Map.of("id", id)).build();
    }

    @ApplicationScoped
    public static class Effects {

        private final DataSource dataSource;

        public Effects(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Transactional
        public long apply(Command command) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT amount FROM test_balance WHERE id = 1 FOR UPDATE");
                     ResultSet row = lock.executeQuery()) {
                    row.next();
                    if (row.getLong(1) + command.amount() < 0) {
                        throw new DomainRuleViolation("no-overdraw", "the balance would go below zero");
                    }
                }
                try (PreparedStatement move = connection.prepareStatement("UPDATE test_balance SET amount = amount + ? WHERE id = 1")) {
                    move.setLong(1, command.amount());
                    move.executeUpdate();
                }
                Thread.sleep(20); // hold the lock a while, as a real posting does
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO test_effects (name) VALUES (?) RETURNING id")) {
                    insert.setString(1, command.name());
                    try (ResultSet id = insert.executeQuery()) {
                        id.next();
                        return id.getLong(1);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
