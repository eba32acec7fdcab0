package org.anju.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bearer tokens signed with a suite's dev key ({@code <home>/keys/private.pem}, made by {@code ./suite up}),
 * exactly as {@code ./suite token} signs them (RS256, issuer {@code urn:anju:dev}) but in-process and
 * without its checks: a county officer without a county claim is a token the tests need too.
 */
final class Tokens {

    private static final String ISSUER = "urn:anju:dev";

    private final PrivateKey key;

    Tokens(Path suiteHome) {
        try {
            String pem = Files.readString(suiteHome.resolve("keys/private.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with these roles as its groups and this county claim (null: none), valid for an hour. */
    String token(List<String> roles, String county) {
        long now = Instant.now().getEpochSecond();
        String groups = roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]"));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"systest-" + String.join("-", roles) + (county == null ? "" : "-" + county)
                + "\",\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                + ",\"groups\":" + groups + (county == null ? "" : ",\"county\":\"" + county + "\"") + "}";
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Bearer <token>}. */
    String bearer(List<String> roles, String county) {
        return "Bearer " + token(roles, county);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
