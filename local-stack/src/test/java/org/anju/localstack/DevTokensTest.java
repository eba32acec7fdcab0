package org.anju.localstack;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevTokensTest {

    @TempDir
    Path keys;

    private static JwtConsumer verifier(PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(DevTokens.ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }

    @Test
    void keyPairIsMadeOnceAndThePrivateKeyIsOwnerOnly() throws Exception {
        KeyPair first = DevTokens.keyPair(keys);
        KeyPair again = DevTokens.keyPair(keys);

        assertThat(again.getPublic()).isEqualTo(first.getPublic());
        assertThat(Files.readString(keys.resolve(DevTokens.PUBLIC_KEY_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(DevTokens.PRIVATE_KEY_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void tokenIsSignedWithRs256AndCarriesTheClaimsTheAppsCheck() throws Exception {
        KeyPair pair = DevTokens.keyPair(keys);
        String token = DevTokens.token(pair.getPrivate(), "dev-officer", List.of("county-officer"), "140723", Duration.ofHours(8));

        JwtClaims claims = verifier(pair.getPublic()).processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("dev-officer");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("county-officer");
        assertThat(claims.getStringClaimValue("county")).isEqualTo("140723");
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(Duration.ofHours(8).toSeconds());
    }

    @Test
    void tokenFromAnotherKeyFailsVerification() {
        String token = DevTokens.token(DevTokens.generateKeyPair().getPrivate(), "x", List.of("partner"), null, Duration.ofMinutes(1));
        assertThatThrownBy(() -> verifier(DevTokens.keyPair(keys).getPublic()).processToClaims(token))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void unknownRolesAndMalformedCountiesAreRefused() {
        assertThatThrownBy(() -> DevTokens.check(List.of("admin"), null)).hasMessageContaining("unknown role");
        assertThatThrownBy(() -> DevTokens.check(List.of("county-officer"), null)).hasMessageContaining("needs a county");
        assertThatThrownBy(() -> DevTokens.check(List.of("county-officer"), "14072")).hasMessageContaining("6-digit");
    }

    @Test
    void ttlAcceptsShortAndIsoForms() {
        assertThat(DevTokens.ttl(null)).isEqualTo(Duration.ofHours(8));
        assertThat(DevTokens.ttl("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DevTokens.ttl("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> DevTokens.ttl("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
