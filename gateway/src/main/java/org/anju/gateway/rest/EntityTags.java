package org.anju.gateway.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong entity tags made of a representation's bytes, and {@code If-None-Match} as RFC 9110 compares them. */
final class EntityTags {

    private EntityTags() {
    }

    /** A content hash fit for an ETag or an asset's version: 96 bits of SHA-256, URL-safe. */
    static String hash(byte[] content) {
        MessageDigest digest = sha256();
        digest.update(content);
        return hash(digest);
    }

    /** The strong ETag of these bytes. */
    static String of(byte[] content) {
        return "\"" + hash(content) + "\"";
    }

    /** A digest to give a representation's bytes in parts; {@link #of(MessageDigest)} makes the same ETag of them. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The strong ETag of the bytes {@code digest} (from {@link #sha256()}) was given; the digest is reset. */
    static String of(MessageDigest digest) {
        return "\"" + hash(digest) + "\"";
    }

    private static String hash(MessageDigest digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 16);
    }

    /**
     * Whether an {@code If-None-Match} header names {@code etag} (weak comparison, as that header uses: {@code W/}
     * prefixes are ignored) or is {@code *}.
     */
    static boolean anyMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque(candidate).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String trimmed = tag.trim();
        return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
    }
}
