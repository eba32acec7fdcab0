package org.anju.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import org.anju.platform.i18n.Message;
import org.anju.platform.programme.CountyCode;

import java.util.Optional;

/**
 * Where the caller may read and write. A token is <b>county-scoped</b> when it carries the
 * {@code county-officer} role or a {@code county} claim: it reads and writes only inside that
 * county, whatever other roles it carries (an extra role never widens a county-scoped token).
 * Other readers (city-admin, partner, auditor) read every county; only city-admin writes everywhere.
 * One line in a service:
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
            throw new Refused(Message.of("scope.read-own-county", own.get(), county));
        }
    }

    public void requireWrite(String county) {
        authenticated();
        if (!identity.hasRole(Roles.CITY_ADMIN) && !identity.hasRole(Roles.COUNTY_OFFICER)) {
            throw new Refused(Message.of("scope.no-write"));
        }
        if (isCountyScoped()) {
            String own = ownCounty();
            if (!own.equals(county)) {
                throw new Refused(Message.of("scope.write-own-county", own, county));
            }
        }
    }

    /** Changes that are the city's alone (receipts, disbursements, declarations): city-admin, not county-scoped. */
    public void requireCityAdmin() {
        authenticated();
        if (!identity.hasRole(Roles.CITY_ADMIN) || isCountyScoped()) {
            throw new Refused(Message.of("scope.city-admin-only"));
        }
    }

    /** Figures of the whole city (reconciliation, city claims): readers of every county only. */
    public void requireCityWide() {
        if (readFilter().isPresent()) {
            throw new Refused(Message.of("scope.city-wide-only"));
        }
    }

    /** Whether the token is limited to one county: a county officer's, or any token with a county claim. */
    public boolean isCountyScoped() {
        return identity.hasRole(Roles.COUNTY_OFFICER) || countyClaim() != null;
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
        if (!identity.hasRole(Roles.READ)) {
            throw new Refused(Message.of("scope.no-read"));
        }
        return isCountyScoped() ? Optional.of(ownCounty()) : Optional.empty();
    }

    private void authenticated() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    private String ownCounty() {
        String county = countyClaim();
        if (county == null || !CountyCode.isCounty(county)) {
            throw new Refused(Message.of("scope.claim-missing"));
        }
        return CountyCode.valueOf(county).code();
    }

    private String countyClaim() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(COUNTY_CLAIM) : null;
        return claim instanceof JsonString json ? json.getString() : claim != null ? claim.toString() : null;
    }
}
