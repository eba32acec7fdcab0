package org.anju.platform.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.anju.platform.security.PersonalData;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Records in the audit trail every response that showed unmasked personal data (a caller with
 * {@code pii-reader} reading ID numbers), as China's personal information protection law asks for
 * sensitive personal information: who, when, and what was read (the path and query, long digit
 * strings in it masked so the entry itself holds no identifier).
 */
public class PersonalDataReads {

    /** Runs of 11 or more digits (phone, registry and ID numbers, with an ID number's X). */
    private static final Pattern IDENTIFIER = Pattern.compile("\\d{11,}[0-9Xx]?");

    private final PersonalData personalData;
    private final AuditLog log;

    public PersonalDataReads(PersonalData personalData, AuditLog log) {
        this.personalData = personalData;
        this.log = log;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!personalData.disclosedUnmasked() || response.getStatus() >= 400) {
            return;
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String read = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        AuditContext.Actor actor = AuditContext.current();
        log.append(List.of(new AuditEntry(null, AuditEntry.Kind.PERSONAL_DATA_READ, actor.name(), actor.roles(), actor.requestId(),
                actor.operation(), null, null, null, null, null, null, List.of(), IDENTIFIER.matcher(read).replaceAll("***"))));
    }
}
