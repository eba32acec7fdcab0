package org.anju.localstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local suite's token issuer: an RSA key pair in a directory (never committed) and RS256 JWTs
 * signed with it, carrying the claims every application checks ({@code iss}, {@code sub},
 * {@code groups}, {@code county}).
 * <pre>
 *   keys  DIR                         creates DIR/private.pem and DIR/public.pem unless present
 *   token DIR ROLE[,ROLE...] [COUNTY] prints a token valid for ANJU_TOKEN_TTL (default 8h)
 * </pre>
 */
public final class DevTokens {

    /** The issuer of dev and test tokens; the platform's shared config expects it by default. */
    public static final String ISSUER = "urn:anju:dev";
    public static final String PUBLIC_KEY_FILE = "public.pem";
    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);
    /** The roles of org.anju.platform.security.Roles (a platform test keeps the two in step). */
    public static final Set<String> ROLES = Set.of("city-admin", "county-officer", "partner", "auditor", "ops", "pii-reader");

    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");
    private static final int KEY_BITS = 2048;

    private DevTokens() {
    }

    public static void main(String[] args) {
        try {
            if (args.length == 2 && args[0].equals("keys")) {
                keyPair(Path.of(args[1]));
                System.out.println(Path.of(args[1]).resolve(PUBLIC_KEY_FILE).toAbsolutePath());
            } else if ((args.length == 3 || args.length == 4) && args[0].equals("token")) {
                List<String> roles = List.of(args[2].split(","));
                String county = args.length == 4 ? args[3] : null;
                check(roles, county);
                String subject = "dev-" + String.join("-", roles) + (county != null ? "-" + county : "");
                System.out.println(token(keyPair(Path.of(args[1])).getPrivate(), subject, roles, county,
                        ttl(System.getenv("ANJU_TOKEN_TTL"))));
            } else {
                System.err.println("usage: DevTokens keys DIR | DevTokens token DIR ROLE[,ROLE...] [COUNTY]");
                System.exit(2);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Loads the key pair from {@code dir}, creating it on first use. */
    public static KeyPair keyPair(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateFile)) {
                KeyPair generated = generateKeyPair();
                Files.createDirectories(dir);
                Files.writeString(privateFile, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(publicFile, publicKeyPem(generated.getPublic()));
                return generated;
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(unpem(Files.readString(publicFile)))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privateFile)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable key pair in " + dir + "; delete it to have a new one made", e);
        }
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }

    /** Rejects what no application would accept: an unknown role, a malformed or missing county. */
    static void check(List<String> roles, String county) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "'; roles: " + ROLES);
            }
        }
        if (county != null && !COUNTY.matcher(county).matches()) {
            throw new IllegalArgumentException("a county is a 6-digit code, e.g. 140723: " + county);
        }
        if (county == null && roles.contains("county-officer")) {
            throw new IllegalArgumentException("a county officer's token needs a county, e.g. county-officer 140723");
        }
    }

    /** A signed token for {@code subject} with {@code roles} as its groups and {@code county} (or null). Nothing is checked. */
    public static String token(PrivateKey key, String subject, List<String> roles, String county, Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(ttl.toSeconds());
        claims.setExpirationTime(expiry);
        claims.setStringListClaim("groups", roles);
        if (county != null) {
            claims.setStringClaim("county", county);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** {@code 8h}, {@code 30m}, {@code 90s}, {@code 2d} or ISO-8601 ({@code PT8H}); null means the default. */
    public static Duration ttl(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TTL;
        }
        Matcher shortForm = SHORT_DURATION.matcher(value.strip().toLowerCase());
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ANJU_TOKEN_TTL is like 8h, 30m or PT8H: " + value);
        }
    }

    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
