package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What reaches a browser after an upgrade, and what it downloads again: the page is revalidated (no-cache, ETag,
 * 304), its assets are cached for a year under their content hash, so a changed one is fetched anew; the page and
 * the indicator JSON are gzip-encoded for clients that ask; the indicator reads answer 304 to a current ETag, and
 * the page revalidates them instead of downloading the counties again.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class DashboardCachingTest extends DashboardTestBase {

    @Inject
    DashboardAssets assets;

    @Test
    void thePageIsRevalidatedAndItsAssetsAreCachedForAYearUnderTheirContentHash() {
        Response index = given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache").header("ETag", startsWith("\"")).extract().response();
        String html = index.asString();
        for (String asset : DashboardAssets.ASSETS) {
            String address = assets.address(asset);
            assertThat(html).contains("\"" + address + "\"");
            byte[] content = given().get(address).then().statusCode(200).header("Cache-Control", DashboardAssets.IMMUTABLE)
                    .extract().asByteArray();
            assertThat(address).as("the version is the content's hash").endsWith("?v=" + EntityTags.hash(content));
            given().get("/" + asset).then().statusCode(200).header("Cache-Control", "no-cache");
            String etag = given().get(address).header("ETag");
            given().header("If-None-Match", etag).get(address).then().statusCode(304).body(emptyString());
        }
        given().header("If-None-Match", index.header("ETag")).get("/").then().statusCode(304).body(emptyString())
                .header("ETag", index.header("ETag"));
        given().header("If-None-Match", "\"something-else\"").get("/").then().statusCode(200);
        given().get("/index.html").then().statusCode(200).header("ETag", index.header("ETag"));
        given().head("/").then().statusCode(200).header("ETag", index.header("ETag"));
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200)
                .header("Cache-Control", DashboardAssets.IMMUTABLE);
    }

    @Test
    void aChangedAssetGetsANewAddressAndThePageANewETag() {
        String before = given().get("/").header("ETag");
        String old = assets.address("dashboard.css");
        byte[] original = given().get(old).asByteArray();
        try {
            assets.replace("dashboard.css", (new String(original, StandardCharsets.UTF_8) + "\n:root { --upgraded: 1; }\n")
                    .getBytes(StandardCharsets.UTF_8));
            String fresh = assets.address("dashboard.css");
            assertThat(fresh).isNotEqualTo(old);
            Response index = given().header("If-None-Match", before).get("/").then().statusCode(200).extract().response();
            assertThat(index.header("ETag")).isNotEqualTo(before);
            assertThat(index.asString()).contains(fresh).doesNotContain(old);
            given().get(fresh).then().statusCode(200).body(containsString("--upgraded"));
        } finally {
            assets.replace("dashboard.css", original);
        }
        assertThat(given().get("/").header("ETag")).isEqualTo(before);
    }

    @Test
    void aBrowserKeepsTheAssetsAndFetchesAChangedOneAnew() {
        byte[] original = given().get(assets.address("dashboard.css")).asByteArray();
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.load();
            browser.load();
            assertThat(last(browser.resources("/dashboard.js?v="))).as("the script comes from the cache").containsEntry("transferSize", 0L);
            assertThat(last(browser.resources("/dashboard.css?v="))).containsEntry("transferSize", 0L);

            assets.replace("dashboard.css", (new String(original, StandardCharsets.UTF_8) + "\n:root { --upgraded: 1; }\n")
                    .getBytes(StandardCharsets.UTF_8));
            browser.load();
            Map<String, Object> css = last(browser.resources("/dashboard.css?v="));
            assertThat((String) css.get("name")).endsWith(assets.address("dashboard.css"));
            assertThat(((Number) css.get("transferSize")).longValue()).as("the changed style sheet is downloaded").isPositive();
            assertThat(browser.script("return getComputedStyle(document.documentElement).getPropertyValue('--upgraded').trim()"))
                    .isEqualTo("1");
            assertThat(last(browser.resources("/dashboard.js?v="))).containsEntry("transferSize", 0L);
        } finally {
            assets.replace("dashboard.css", original);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/indicators", "/api/v1/indicators?county=140729", "/api/v1/counties",
            "/api/v1/indicators/relocation.people/series", "/api/v1/indicators/relocation.people/series?county=140729",
            "/api/v1/indicators/catalogue"})
    void indicatorReadsAnswer304ToTheirCurrentETag(String path) {
        Response first = given().get(path).then().statusCode(200).header("Cache-Control", "no-cache")
                .header("Vary", containsString("Accept-Language")).extract().response();
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{16}\"");
        assertThat(EntityTags.of(first.asByteArray())).as("a strong ETag over the representation").isEqualTo(etag);
        given().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString()).header("ETag", etag);
        given().header("If-None-Match", "W/" + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200).header("ETag", etag);
        given().header("Accept-Language", "zh-CN").header("If-None-Match", etag).get(path).then()
                .statusCode(path.contains("series") ? 304 : 200);
    }

    @Test
    void anIndicatorReadAnswers200WithANewETagOnceAFigureChanged() {
        String etag = given().get("/api/v1/counties").header("ETag");
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("funding", "FundsDisbursed", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "DISBURSEMENT",
                    "CENTRAL_BUDGET", "140729", null, "1000.00", null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("If-None-Match", etag).get("/api/v1/counties").statusCode() == 200);
        given().header("If-None-Match", etag).get("/api/v1/counties").then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard.js", "/dashboard.css", "/export.js", "/webjars/echarts/5.3.1/dist/echarts.min.js",
            "/api/v1/indicators", "/api/v1/indicators?county=140729", "/api/v1/counties", "/api/v1/indicators/relocation.people/series"})
    void thePageItsAssetsAndTheIndicatorsArriveGzipEncodedWhenAsked(String path) {
        String address = DashboardAssets.ASSETS.contains(path.substring(1)) ? assets.address(path.substring(1)) : path;
        given().header("Accept-Encoding", "gzip").get(address).then().statusCode(200).header("Content-Encoding", "gzip");
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get(address).then().statusCode(200).header("Content-Encoding", nullValue());
    }

    @Test
    void thePageRevalidatesTheFiguresInsteadOfDownloadingThemAgain() {
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.load();
            browser.refreshNow();
            List<Map<String, Object>> counties = browser.resources("/api/v1/counties");
            assertThat(counties).hasSizeGreaterThanOrEqualTo(2);
            Map<String, Object> first = counties.get(0);
            Map<String, Object> again = last(counties);
            assertThat(first).containsEntry("status", 200L);
            assertThat(again).as("revalidated").containsEntry("status", 304L);
            assertThat(((Number) again.get("transferSize")).longValue()).as("a 304 is a few hundred bytes")
                    .isLessThan(((Number) first.get("transferSize")).longValue() / 5);
            // and what the page shows is still the figures
            assertThat(browser.script("return document.querySelectorAll('#county-table tbody tr').length")).isEqualTo(11L);
        }
    }

    private static Map<String, Object> last(List<Map<String, Object>> entries) {
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }
}
