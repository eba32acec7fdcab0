package org.anju.gateway.proxy;

import org.anju.platform.openapi.ProxyRoutes;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PublicOriginTest {

    private static final URI SERVICE = URI.create("http://localhost:8081");
    private static final ProxyRoutes.Route PLAIN = ProxyRoutes.Route.of("households", "/api/v1/households(/.*)?");
    private static final ProxyRoutes.Route DOCS = ProxyRoutes.Route.rewriting("households",
            "/services/households/q/(openapi|swagger-ui)(/.*)?", "/services/households/q", "/q");

    @Test
    void forwardedNamesTheOriginOfItsFirstElement() {
        assertThat(PublicOrigin.fromForwarded("for=192.0.2.60;proto=https;host=anju.example.gov.cn, for=10.0.0.1;host=inner"))
                .contains(new PublicOrigin("https", "anju.example.gov.cn"));
        assertThat(PublicOrigin.fromForwarded("Proto=HTTPS; Host=\"[2001:db8::1]:8443\""))
                .contains(new PublicOrigin("https", "[2001:db8::1]:8443"));
        assertThat(PublicOrigin.fromForwarded("host=anju.example")).contains(new PublicOrigin("http", "anju.example"));
        assertThat(PublicOrigin.fromForwarded("for=192.0.2.60")).as("no host").isEmpty();
        assertThat(PublicOrigin.fromForwarded("host=\"evil.example/path\"")).as("not a host").isEmpty();
        assertThat(PublicOrigin.fromForwarded("proto=gopher;host=x")).isEmpty();
    }

    @Test
    void xForwardedHeadersNameItOtherwiseWithAPortWhenItIsNotTheDefault() {
        assertThat(PublicOrigin.fromXForwarded("https", "anju.example", "443", "http")).contains(new PublicOrigin("https", "anju.example"));
        assertThat(PublicOrigin.fromXForwarded("https, http", "anju.example, inner", "8443", "http"))
                .contains(new PublicOrigin("https", "anju.example:8443"));
        assertThat(PublicOrigin.fromXForwarded(null, "anju.example:9000", "80", "http")).contains(new PublicOrigin("http", "anju.example:9000"));
        assertThat(PublicOrigin.fromXForwarded("https", null, null, "http")).as("a scheme alone names no host").isEmpty();
        assertThat(PublicOrigin.fromXForwarded(null, null, null, "http")).isEmpty();
        assertThat(PublicOrigin.fromXForwarded(null, "a b", null, "http")).isEmpty();
    }

    @Test
    void onlyLinksAtTheServicesOwnOriginAreRewritten() {
        PublicOrigin origin = new PublicOrigin("https", "anju.example.gov.cn");
        assertThat(origin.rewrite("http://localhost:8081/api/v1/households/7?x=1#f", SERVICE, PLAIN))
                .isEqualTo("https://anju.example.gov.cn/api/v1/households/7?x=1#f");
        assertThat(origin.rewrite("http://LOCALHOST:8081", SERVICE, PLAIN)).isEqualTo("https://anju.example.gov.cn");
        assertThat(origin.rewrite("http://localhost:8082/api/v1/entries/1", SERVICE, PLAIN)).as("another port").isEqualTo("http://localhost:8082/api/v1/entries/1");
        assertThat(origin.rewrite("https://example.org/x", SERVICE, PLAIN)).isEqualTo("https://example.org/x");
        assertThat(origin.rewrite("/api/v1/households/7", SERVICE, PLAIN)).isEqualTo("/api/v1/households/7");
        assertThat(origin.rewrite("not a uri at all %%", SERVICE, PLAIN)).isEqualTo("not a uri at all %%");
        assertThat(origin.rewrite("http://localhost:8081/q/swagger-ui/", SERVICE, DOCS))
                .isEqualTo("https://anju.example.gov.cn/services/households/q/swagger-ui/");
        assertThat(origin.rewrite("/q/swagger-ui/", SERVICE, DOCS)).isEqualTo("/services/households/q/swagger-ui/");
        assertThat(origin.rewriteLinks("<http://localhost:8081/api/v1/households?cursor=abc>; rel=\"next\", <https://x.org/>; rel=\"help\"",
                SERVICE, PLAIN)).isEqualTo("<https://anju.example.gov.cn/api/v1/households?cursor=abc>; rel=\"next\", <https://x.org/>; rel=\"help\"");
        assertThat(new PublicOrigin("HTTP", "a:1").url()).isEqualTo("http://a:1");
        assertThat(Optional.of(origin).map(PublicOrigin::url)).contains("https://anju.example.gov.cn");
    }
}
