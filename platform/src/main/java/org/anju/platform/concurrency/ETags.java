package org.anju.platform.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: an aggregate's version is its strong ETag, and a client that
 * read version 3 sends {@code If-Match: "3"} with its update or command.
 * <pre>
 * return ETags.ok(view, household.version());            // single-resource GET
 * return ETags.created(uri, view.id(), view, view.version()); // POST that creates it; uri = @Context UriInfo
 * ETags.requireMatch(ifMatch, household.version());      // update/command; ifMatch = @HeaderParam("If-Match")
 * </pre>
 * An absent {@code If-Match} is allowed (last writer wins for clients that do not send it).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /** 201 with the body and its ETag, located at the request's path plus {@code /<key>}. */
    public static Response created(UriInfo uri, Object key, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(key.toString()).build()).entity(body).tag(of(version)).build();
    }

    /**
     * Throws a 412 problem when {@code ifMatch} is present and names neither {@code *} nor the
     * current version. Weak tags never match: If-Match compares strongly (RFC 9110 13.1.1).
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of("problem.stale", ifMatch.strip(), current));
    }
}
