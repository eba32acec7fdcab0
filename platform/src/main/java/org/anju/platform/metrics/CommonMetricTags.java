package org.anju.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Tags every metric with the application's name, so one Prometheus can scrape the whole suite, and
 * gives HTTP timings histogram buckets, so dashboards and alerts compute p95/p99 over any set of
 * instances ({@code histogram_quantile} over {@code http_server_requests_seconds_bucket}).
 */
@Singleton
public class CommonMetricTags {

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(Tags.of("application", application));
    }

    @Produces
    @Singleton
    MeterFilter httpHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().startsWith("http.server.requests") && !id.getName().startsWith("http.client.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(60).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }
}
