package org.anju.platform.openapi;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProxyRoutesTest {

    static final String TABLE = """
            {"routes": [
              {"service": "industry", "path": "/api/v1/households/[^/]+/employment"},
              {"service": "governance", "path": "/api/v1/sites/[^/]+/standard(/.*)?"},
              {"service": "households", "path": "/api/v1/sites(?!/[^/]+/indicators$)(/.*)?"},
              {"service": "households", "path": "/api/v1/(households|villages)(/.*)?"},
              {"service": "funding", "path": "/api/v1/(entries|sources)(/.*)?"},
              {"service": "industry", "path": "/api/v1/employments(/.*)?"},
              {"service": "households", "path": "/api/v1/audit/households", "public": "/api/v1/audit/households", "upstream": "/api/v1/audit"},
              {"service": "industry", "path": "/api/v1/audit/industry", "public": "/api/v1/audit/industry", "upstream": "/api/v1/audit"}
            ]}""";

    static ProxyRoutes routes() {
        return ProxyRoutes.read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFirstRouteMatchingTheWholePathWins() {
        ProxyRoutes routes = routes();
        assertThat(routes.route("/api/v1/households/42/employment")).get().extracting(ProxyRoutes.Route::service).isEqualTo("industry");
        assertThat(routes.route("/api/v1/households/42/move-in")).get().extracting(ProxyRoutes.Route::service).isEqualTo("households");
        assertThat(routes.route("/api/v1/sites/7/standard")).get().extracting(ProxyRoutes.Route::service).isEqualTo("governance");
        assertThat(routes.route("/api/v1/sites/7")).get().extracting(ProxyRoutes.Route::service).isEqualTo("households");
        assertThat(routes.route("/api/v1/sites/7/indicators")).as("the gateway's own").isEmpty();
        assertThat(routes.route("/api/v1/householdsx")).isEmpty();
        assertThat(routes.route("/api/v1/audit")).as("the gateway's own trail").isEmpty();
        assertThat(routes.services()).containsExactly("industry", "governance", "households", "funding");
    }

    @Test
    void aRewritingRouteSwapsItsPrefixBothWays() {
        ProxyRoutes.Route audit = routes().route("/api/v1/audit/households").orElseThrow();
        assertThat(audit.rewrites()).isTrue();
        assertThat(audit.upstreamPath("/api/v1/audit/households")).isEqualTo("/api/v1/audit");
        assertThat(audit.publicPath("/api/v1/audit")).isEqualTo("/api/v1/audit/households");
        assertThat(audit.publicPath("/api/v1/audit?actor=x")).isEqualTo("/api/v1/audit/households?actor=x");
        assertThat(audit.publicPath("/api/v1/auditor")).as("not below the prefix").isEqualTo("/api/v1/auditor");

        ProxyRoutes.Route plain = routes().route("/api/v1/households").orElseThrow();
        assertThat(plain.rewrites()).isFalse();
        assertThat(plain.upstreamPath("/api/v1/households/1")).isEqualTo("/api/v1/households/1");
        assertThat(plain.publicPath("/api/v1/households/1")).isEqualTo("/api/v1/households/1");
    }

    @Test
    void aServicesPathTemplateIsPublicOnlyWhereTheRoutesLeadToThatService() {
        ProxyRoutes routes = routes();
        assertThat(routes.publicPath("households", "/api/v1/households/{id}")).hasValue("/api/v1/households/{id}");
        assertThat(routes.publicPath("households", "/api/v1/sites/{id}")).hasValue("/api/v1/sites/{id}");
        assertThat(routes.publicPath("governance", "/api/v1/sites/{siteId}/standard")).hasValue("/api/v1/sites/{siteId}/standard");
        assertThat(routes.publicPath("industry", "/api/v1/households/{id}/employment")).hasValue("/api/v1/households/{id}/employment");
        assertThat(routes.publicPath("households", "/api/v1/households/{id}/employment")).as("industry's").isEmpty();
        assertThat(routes.publicPath("households", "/api/v1/sites/{id}/indicators")).as("the gateway's").isEmpty();
        assertThat(routes.publicPath("households", "/api/v1/entries")).as("funding's").isEmpty();
        assertThat(routes.publicPath("households", "/q/health")).as("not proxied").isEmpty();
        assertThat(routes.publicPath("households", "/api/v1/audit")).hasValue("/api/v1/audit/households");
        assertThat(routes.publicPath("industry", "/api/v1/audit")).hasValue("/api/v1/audit/industry");
        assertThat(routes.publicPath("funding", "/api/v1/audit")).as("no route to funding's trail here").isEmpty();
    }

    @Test
    void moreRoutesComeAfterTheTable() {
        ProxyRoutes routes = routes().with(List.of(ProxyRoutes.Route.rewriting("households",
                "/services/households/q/(openapi|swagger-ui)(/.*)?", "/services/households/q", "/q")));
        ProxyRoutes.Route docs = routes.route("/services/households/q/swagger-ui/index.html").orElseThrow();
        assertThat(docs.upstreamPath("/services/households/q/swagger-ui/index.html")).isEqualTo("/q/swagger-ui/index.html");
        assertThat(docs.publicPath("/q/swagger-ui/")).isEqualTo("/services/households/q/swagger-ui/");
        assertThat(routes.route("/services/households/q/health")).isEmpty();
    }

    @Test
    void aMalformedTableSaysWhatIsMissing() {
        assertThatThrownBy(() -> ProxyRoutes.read(new ByteArrayInputStream("{\"routes\": [{\"path\": \"/x\"}]}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("\"service\"");
        assertThatThrownBy(() -> ProxyRoutes.read(new ByteArrayInputStream(
                "{\"routes\": [{\"service\": \"a\", \"path\": \"/x\", \"public\": \"/x\"}]}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("\"upstream\"");
        assertThatThrownBy(() -> ProxyRoutes.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("routes");
    }
}
