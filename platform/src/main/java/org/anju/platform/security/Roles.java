package org.anju.platform.security;

import java.util.Set;

/**
 * The roles a token carries in its {@code groups} claim, and the permissions the platform derives
 * from them ({@link RoleAugmentor}) so that an endpoint names what it needs in one word:
 * {@code @RolesAllowed(Roles.READ)} on a query, {@code @RolesAllowed(Roles.WRITE)} on a command.
 * County scope and personal data are checked in code: {@link CountyScope}, {@link PersonalData}.
 */
public final class Roles {

    /** Everything, in every county (unmasked ID numbers still need {@link #PII_READER}). */
    public static final String CITY_ADMIN = "city-admin";
    /** Reads and writes inside the county of the token's {@code county} claim. */
    public static final String COUNTY_OFFICER = "county-officer";
    /** Reads everywhere, never personal data. */
    public static final String PARTNER = "partner";
    /** Reads everywhere, including the audit log. */
    public static final String AUDITOR = "auditor";
    /** Health details, metrics, projection rebuilds. */
    public static final String OPS = "ops";
    /** Sees ID numbers unmasked; combined with a role that may see the record at all. */
    public static final String PII_READER = "pii-reader";

    public static final Set<String> TOKEN_ROLES = Set.of(CITY_ADMIN, COUNTY_OFFICER, PARTNER, AUDITOR, OPS, PII_READER);

    /** Derived permissions; a token cannot carry them (they are stripped from its groups). */
    static final String DERIVED_PREFIX = "anju:";
    /** Queries: city-admin, county-officer, partner, auditor. */
    public static final String READ = DERIVED_PREFIX + "read";
    /** Updates and commands: city-admin, county-officer. */
    public static final String WRITE = DERIVED_PREFIX + "write";
    /** The audit log: city-admin, auditor. */
    public static final String AUDIT = DERIVED_PREFIX + "audit";
    /** Operations (projection rebuild, health details): city-admin, ops. */
    public static final String OPERATE = DERIVED_PREFIX + "operate";

    private Roles() {
    }
}
