package org.anju.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is acting and through which operation, for the audit trail: filled for each HTTP request
 * ({@link AuditRequestFilter}); outside a request (consumers, schedulers) the actor is the system.
 */
@RequestScoped
public class AuditContext {

    private String requestId;
    private String operation;

    void enter(String requestId, String operation) {
        this.requestId = requestId;
        this.operation = operation;
    }

    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    public String operation() {
        return operation;
    }

    /** The acting caller as of now: the request's token, or the system on the current thread. */
    static Actor current() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return Actor.system();
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        AuditContext context = Arc.container().instance(AuditContext.class).get();
        if (identity == null || identity.isAnonymous()) {
            return new Actor("anonymous", List.of(), context.requestId(), context.operation());
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.removeIf(role -> role.startsWith("anju:"));
        return new Actor(subject, List.copyOf(roles), context.requestId(), context.operation());
    }

    record Actor(String name, List<String> roles, String requestId, String operation) {

        static Actor system() {
            return new Actor("system:" + Thread.currentThread().getName(), List.of(), null, null);
        }
    }
}
