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

    private static final ThreadLocal<Actor> ON_BEHALF = new ThreadLocal<>();

    /**
     * Work done later on a caller's behalf (an import running after its upload was accepted) is
     * audited as the caller's: the changes made on this thread until the scope closes name
     * {@code actor} and {@code operation}.
     * <pre>
     * try (AuditContext.Scope scope = AuditContext.onBehalfOf(job.submittedBy(), "import " + job.id())) { ... }
     * </pre>
     */
    public static Scope onBehalfOf(String actor, String operation) {
        Actor previous = ON_BEHALF.get();
        ON_BEHALF.set(new Actor(actor, List.of(), null, operation));
        return () -> {
            if (previous == null) {
                ON_BEHALF.remove();
            } else {
                ON_BEHALF.set(previous);
            }
        };
    }

    /** Ends work on someone's behalf. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The acting caller as of now: work on someone's behalf, else the request's token, else the system. */
    static Actor current() {
        Actor delegated = ON_BEHALF.get();
        if (delegated != null) {
            return delegated;
        }
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
