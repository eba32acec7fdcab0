package org.anju.gateway.repository;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the gateway's repositories run SQL on their tables: one statement per call, on the
 * caller's transaction (the connection the data source gives inside it), parameters bound in
 * order (arrays as SQL arrays, so that one statement can read or write many rows through
 * {@code unnest}); a failure is an {@link IllegalStateException} with the caller's {@code failure} text.
 */
final class Jdbc {

    /** Reads one selected row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException, IOException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every row {@code sql} selects. */
    <T> List<T> list(String failure, String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet rows = select.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(row.read(rows));
            }
            return read;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /** The first row {@code sql} selects, if any. */
    <T> Optional<T> first(String failure, String sql, Row<T> row, Object... parameters) {
        return list(failure, sql, row, parameters).stream().findFirst();
    }

    void update(String failure, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = prepare(connection, sql, parameters)) {
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Binds in order; a Java array ({@code String[]}, {@code Long[]}, {@code BigDecimal[]}, {@code Date[]}) as an SQL array. */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            statement.setObject(i + 1, parameter instanceof Object[] array
                    ? statement.getConnection().createArrayOf(elementType(array), array)
                    : parameter);
        }
    }

    private static String elementType(Object[] array) {
        Class<?> type = array.getClass().getComponentType();
        if (type == String.class) {
            return "text";
        } else if (type == Long.class) {
            return "int8";
        } else if (type == BigDecimal.class) {
            return "numeric";
        } else if (type == Date.class) {
            return "date";
        }
        throw new IllegalArgumentException("No SQL array type for " + type);
    }
}
