package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One service's readiness, version, broker state and outbox, from its own health and info endpoints.
 *
 * @param status                 UP; DEGRADED while it is up but cannot reach the Kafka broker (it takes writes, their
 *                               events wait in its outbox); DOWN when it is not ready, cannot be reached or does not
 *                               answer in time
 * @param broker                 {@code reachable} or {@code unreachable}, as the service's Kafka check says (null when unknown)
 * @param brokerSince            since when the broker has been in that state
 * @param outboxBacklog          events recorded and not yet published
 * @param outboxOldestAgeSeconds how long the oldest of them has waited
 * @param outboxParked           events set aside after failing to publish (they need a person)
 * @param error                  why the service is DOWN, when it is
 */
@Schema(name = "ServiceStatus")
public record ServiceStatusView(String name, String url, String status, String version, Long outboxBacklog,
                                Long outboxOldestAgeSeconds, List<CheckView> checks, String error,
                                String broker, Boolean degraded, String brokerSince, Long outboxParked) {
}
