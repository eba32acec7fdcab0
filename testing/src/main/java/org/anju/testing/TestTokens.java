package org.anju.testing;

import org.anju.localstack.DevTokens;

import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Tokens for {@code @QuarkusTest}s, signed by a key pair made once per test JVM;
 * {@link StackTestResource} makes every application under test trust it.
 * <pre>
 * given().header("Authorization", TestTokens.bearer("county-officer", "140723"))...
 * </pre>
 */
public final class TestTokens {

    private static final KeyPair KEYS = DevTokens.generateKeyPair();
    private static final Duration TTL = Duration.ofHours(1);

    private TestTokens() {
    }

    /** An {@code Authorization} header value for one role (and county, or null). */
    public static String bearer(String role, String county) {
        return bearer("test-" + role + (county != null ? "-" + county : ""), List.of(role), county);
    }

    /** An {@code Authorization} header value for a named caller with any roles. */
    public static String bearer(String subject, List<String> roles, String county) {
        return "Bearer " + DevTokens.token(KEYS.getPrivate(), subject, roles, county, TTL);
    }

    /** The verification key as the single-line Base64 DER that {@code mp.jwt.verify.publickey} takes. */
    static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    static String issuer() {
        return DevTokens.ISSUER;
    }
}
