package org.anju.gateway.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;

/**
 * Conditional GETs on the indicator reads ({@code /api/v1/indicators[?county=]}, {@code /api/v1/counties[/{county}/sites]},
 * {@code /api/v1/sites/{id}/indicators}, {@code /api/v1/indicators/catalogue}, {@code /api/v1/indicators/{id}/series}):
 * the answer carries a strong ETag over its JSON (which differs by language where the text does) and
 * {@code Cache-Control: no-cache}, and a request whose {@code If-None-Match} names it gets a {@code 304} without a
 * body. A client polling the figures (the dashboard every 15 s) thus downloads the counties (≈ 320–340 KB of JSON) only
 * when a figure changed. The JSON is written once for as long as the service keeps the figures ({@link Representations}).
 */
public class RevalidatedReads {

    private final Representations representations;

    public RevalidatedReads(Representations representations) {
        this.representations = representations;
    }

    @ServerResponseFilter
    public void revalidate(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity() || !revalidated(resource.getResourceMethod())) {
            return;
        }
        Representations.Representation representation = representations.of(response.getEntity());
        String etag = representation.etag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? "no-cache" : "private, no-cache");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (EntityTags.anyMatches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        response.setEntity(representation.body(), response.getEntityAnnotations(), type);
    }

    /** Every read of {@link IndicatorResource}, and the indicators' daily series. */
    static boolean revalidated(Method method) {
        if (method == null) {
            return false;
        }
        Class<?> owner = method.getDeclaringClass();
        return owner == IndicatorResource.class || owner == HistoryResource.class && method.getName().equals("series");
    }
}
