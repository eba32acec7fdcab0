package org.anju.gateway.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** What the dashboard tests share: the page's address and the representative data ({@link DashboardData}). */
abstract class DashboardTestBase {

    @TestHTTPResource("/")
    URL page;

    @BeforeEach
    void representativeData() {
        DashboardData.load();
    }
}
