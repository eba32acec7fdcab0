package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One health check of a service. */
@Schema(name = "Check")
public record CheckView(String name, String status) {
}
