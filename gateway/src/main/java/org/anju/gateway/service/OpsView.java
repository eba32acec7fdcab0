package org.anju.gateway.service;

import java.time.Instant;
import java.util.List;

/**
 * The suite's status: overall UP / DEGRADED / DOWN, each service's, the gateway's consumer per topic
 * and the gateway's own view of the broker.
 */
public record OpsView(String status, Instant checkedAt, List<ServiceStatusView> services, List<TopicStatusView> consumer,
                      BrokerStatusView broker) {
}
