package org.anju.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import org.anju.platform.programme.CountyCode;

import java.util.Optional;

/**
 * Where the caller may read and write. City-wide readers (city-admin, partner, auditor) read every
 * county; a county officer reads and writes only the county of the token's {@code county} claim;
 * only city-admin writes everywhere. One line in a resource or service:
 * <pre>
 * countyScope.requireRead(household.county());
 * countyScope.requireWrite(command.county());
 * query.where("county", countyScope.listCounty(county));   // the county a list shows, null = every county
 * </pre>
 * A refusal is a 403 problem (401 when there is no token at all).
 */
@RequestScoped
public class CountyScope {

    public static final String COUNTY_CLAIM = "county";

    private final SecurityIdentity identity;

    public CountyScope(SecurityIdentity identity) {
        this.identity = identity;
    }

    public void requireRead(CountyCode county) {
        requireRead(county.code());
    }

    public void requireWrite(CountyCode county) {
        requireWrite(county.code());
    }

    public void requireRead(String county) {
        Optional<String> own = readFilter();
        if (own.isPresent() && !own.get().equals(county)) {
            throw new ForbiddenException("You may read only inside county " + own.get() + ", not " + county);
        }
    }

    public void requireWrite(String county) {
        authenticated();
        if (identity.hasRole(Roles.CITY_ADMIN)) {
            return;
        }
        if (!identity.hasRole(Roles.COUNTY_OFFICER)) {
            throw new ForbiddenException("Your roles do not allow changes");
        }
        String own = ownCounty();
        if (!own.equals(county)) {
            throw new ForbiddenException("You may change data only inside county " + own + ", not " + county);
        }
    }

    /**
     * The one list-county rule: the county a list is filtered by, given the one the client asked
     * for ({@code null} = none). City-wide readers get what they asked for (null = every county); a
     * county officer gets their own county, and asking for another is a 403, not an empty list.
     */
    public String listCounty(CountyCode requested) {
        String asked = CountyCode.codeOf(requested);
        Optional<String> own = readFilter();
        if (own.isEmpty()) {
            return asked;
        }
        if (asked != null) {
            requireRead(asked);
        }
        return own.get();
    }

    /** The county every list must be restricted to, or empty when the caller reads all of them. */
    public Optional<String> readFilter() {
        authenticated();
        if (identity.hasRole(Roles.CITY_ADMIN) || identity.hasRole(Roles.PARTNER) || identity.hasRole(Roles.AUDITOR)) {
            return Optional.empty();
        }
        if (identity.hasRole(Roles.COUNTY_OFFICER)) {
            return Optional.of(ownCounty());
        }
        throw new ForbiddenException("Your roles do not allow reading this data");
    }

    private void authenticated() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    private String ownCounty() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(COUNTY_CLAIM) : null;
        String county = claim instanceof JsonString json ? json.getString() : claim != null ? claim.toString() : null;
        if (county == null || !CountyCode.isCounty(county)) {
            throw new ForbiddenException("A county officer's token needs a county claim naming a county of this programme");
        }
        return county;
    }
}
