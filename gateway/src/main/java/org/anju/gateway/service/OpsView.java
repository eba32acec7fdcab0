package org.anju.gateway.service;

import java.time.Instant;
import java.util.List;

/** The suite's status: overall UP / DEGRADED / DOWN, each service's, and the gateway's consumer per topic. */
public record OpsView(String status, Instant checkedAt, List<ServiceStatusView> services, List<TopicStatusView> consumer) {
}
