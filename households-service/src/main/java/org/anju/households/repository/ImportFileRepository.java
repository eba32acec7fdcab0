package org.anju.households.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Import files as PostgreSQL large objects: streamed in from a temporary file and out to one, a
 * block at a time (a file never sits whole on the heap), in the caller's transaction (the large
 * object API needs one), and removed when their job finishes.
 */
@ApplicationScoped
public class ImportFileRepository {

    private final DataSource dataSource;

    public ImportFileRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the file; returns the large object's oid. */
    public long store(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager objects = objects(connection);
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try (OutputStream out = object.getOutputStream()) {
                Files.copy(file, out);
            }
            return oid;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store an import file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the stored file into {@code file}. */
    public void copyTo(long oid, Path file) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObject object = objects(connection).open(oid, LargeObjectManager.READ);
            try (InputStream in = object.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                object.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import file " + oid, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long oid) {
        try (Connection connection = dataSource.getConnection()) {
            objects(connection).delete(oid);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove import file " + oid, e);
        }
    }

    private static LargeObjectManager objects(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }
}
