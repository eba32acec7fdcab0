package org.anju.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A keyed request's body, read once to hash it and handed on to the resource: small bodies stay in
 * memory, larger ones (spreadsheet uploads) are spooled to a temporary file, so that several
 * concurrent uploads never sit whole on the heap. The file is deleted when the body is closed or
 * discarded.
 */
final class SpooledBody implements AutoCloseable {

    /** Bodies up to this size stay in memory (every JSON command); larger ones go to a file. */
    static final int IN_MEMORY = 1 << 20;

    private final byte[] sha256;
    private final byte[] memory;
    private final Path file;

    private SpooledBody(byte[] sha256, byte[] memory, Path file) {
        this.sha256 = sha256;
        this.memory = memory;
        this.file = file;
    }

    static SpooledBody read(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        DigestInputStream hashed = new DigestInputStream(in, digest);
        byte[] head = hashed.readNBytes(IN_MEMORY + 1);
        if (head.length <= IN_MEMORY) {
            return new SpooledBody(digest.digest(), head, null);
        }
        Path file = Files.createTempFile("anju-body-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            hashed.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SpooledBody(digest.digest(), null, file);
    }

    byte[] sha256Digest() {
        return sha256.clone();
    }

    /** The body again, for the resource; a spooled one deletes its file once read and closed. */
    InputStream stream() throws IOException {
        if (memory != null) {
            return new ByteArrayInputStream(memory);
        }
        return new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        };
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
