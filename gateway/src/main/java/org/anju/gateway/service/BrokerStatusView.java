package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * Whether the gateway itself reaches the Kafka broker it consumes from.
 *
 * @param broker   {@code reachable} or {@code unreachable}
 * @param degraded true while unreachable: the indicators stand still at what was applied (see the consumer's lag)
 * @param since    since when it has been so
 */
@Schema(name = "BrokerStatus")
public record BrokerStatusView(String broker, boolean degraded, Instant since) {
}
