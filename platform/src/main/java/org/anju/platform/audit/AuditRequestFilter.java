package org.anju.platform.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.regex.Pattern;

/**
 * Names each request for the audit trail: its id ({@code X-Request-Id}, taken from the client or
 * made up, and echoed in the response) and its operation as the API declares it
 * ({@code POST /api/v1/households/{id}/move-in}).
 */
public class AuditRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final AuditContext context;

    public AuditRequestFilter(AuditContext context) {
        this.context = context;
    }

    @ServerRequestFilter(preMatching = false)
    public void name(ContainerRequestContext request, ResourceInfo resource) {
        String given = request.getHeaderString(REQUEST_ID);
        String requestId = given != null && SAFE_ID.matcher(given).matches() ? given : null;
        context.enter(requestId, request.getMethod() + " " + template(resource));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(REQUEST_ID, context.requestId());
    }

    private static String template(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "";
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path method = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Path.class);
        String path = (type == null ? "" : type.value()) + (method == null ? "" : "/" + method.value());
        return path.replaceAll("/+", "/");
    }
}
