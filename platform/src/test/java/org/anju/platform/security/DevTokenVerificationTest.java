package org.anju.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import org.anju.localstack.DevTokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's set-up without the suite: SmallRye JWT, given the key file path as ./suite passes it, accepts a DevTokens token. */
class DevTokenVerificationTest {

    @TempDir
    Path keys;

    @Test
    void smallRyeAcceptsDevTokensThroughThePublicKeyFileTheSuitePassesAsLocation() throws Exception {
        String token = DevTokens.token(DevTokens.keyPair(keys).getPrivate(), "dev-county-officer-140723",
                List.of("county-officer"), "140723", Duration.ofMinutes(5));
        String location = keys.resolve(DevTokens.PUBLIC_KEY_FILE).toAbsolutePath().toString();

        JsonWebToken jwt = new DefaultJWTParser(new JWTAuthContextInfo(location, DevTokens.ISSUER)).parse(token);

        assertThat(jwt.getSubject()).isEqualTo("dev-county-officer-140723");
        assertThat(jwt.getGroups()).containsExactly("county-officer");
        assertThat(jwt.<Object>getClaim(CountyScope.COUNTY_CLAIM).toString()).contains("140723");
    }

    @Test
    void sharedConfigExpectsTheDevIssuerByDefault() throws Exception {
        Properties shared = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shared.load(in);
        }
        assertThat(shared.getProperty("mp.jwt.verify.issuer")).isEqualTo(DevTokens.ISSUER);
    }
}
