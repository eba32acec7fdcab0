package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One service's readiness, version and outbox backlog, from its own health and info endpoints. */
@Schema(name = "ServiceStatus")
public record ServiceStatusView(String name, String url, String status, String version, Long outboxBacklog,
                                Long outboxOldestAgeSeconds, List<CheckView> checks, String error) {
}
