package org.anju.gateway.rest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page names each asset by its content's hash; If-None-Match compares as RFC 9110 says. */
class DashboardBundleTest {

    private static Map<String, byte[]> files(String script) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", ("<link href=\"/dashboard.css\"><script src=\"/export.js\"></script>"
                + "<script src=\"/dashboard.js\"></script>").getBytes(StandardCharsets.UTF_8));
        files.put("dashboard.css", "body {}".getBytes(StandardCharsets.UTF_8));
        files.put("dashboard.js", script.getBytes(StandardCharsets.UTF_8));
        files.put("export.js", "// export".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void aChangedAssetChangesItsAddressAndThePagesETagButNotTheOthers() {
        DashboardAssets.Bundle before = DashboardAssets.Bundle.of(files("refresh(1);"));
        DashboardAssets.Bundle after = DashboardAssets.Bundle.of(files("refresh(2);"));

        String page = new String(before.page().content(), StandardCharsets.UTF_8);
        assertThat(page).contains("\"/dashboard.js?v=" + before.assets().get("dashboard.js").version() + "\"")
                .contains("\"/dashboard.css?v=" + before.assets().get("dashboard.css").version() + "\"");
        assertThat(after.assets().get("dashboard.js").version()).isNotEqualTo(before.assets().get("dashboard.js").version());
        assertThat(after.assets().get("dashboard.css").version()).isEqualTo(before.assets().get("dashboard.css").version());
        assertThat(after.page().etag()).isNotEqualTo(before.page().etag());
        assertThat(DashboardAssets.Bundle.of(files("refresh(1);")).page().etag()).as("the same files, the same ETag")
                .isEqualTo(before.page().etag());
    }

    @Test
    void aPageThatDoesNotLoadAnAssetIsRefusedAtStart() {
        Map<String, byte[]> files = files("refresh(1);");
        files.put("index.html", "<script src=\"/dashboard.js\"></script>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DashboardAssets.Bundle.of(files)).hasMessageContaining("/dashboard.css");
    }

    @Test
    void ifNoneMatchNamesTheTagWeaklyInAListOrAsAStar() {
        String etag = EntityTags.of("x".getBytes(StandardCharsets.UTF_8));
        assertThat(etag).matches("\"[A-Za-z0-9_-]{16}\"");
        assertThat(EntityTags.anyMatches(etag, etag)).isTrue();
        assertThat(EntityTags.anyMatches("W/" + etag, etag)).isTrue();
        assertThat(EntityTags.anyMatches("\"a\", " + etag, etag)).isTrue();
        assertThat(EntityTags.anyMatches("*", etag)).isTrue();
        assertThat(EntityTags.anyMatches("\"a\"", etag)).isFalse();
        assertThat(EntityTags.anyMatches(null, etag)).isFalse();
        assertThat(EntityTags.anyMatches("", etag)).isFalse();
    }
}
