package org.anju.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * What personal data the caller may see. Partners see none (and ops, which reads no records); a
 * {@code partner} role in a token takes personal data away whatever else the token carries (an
 * extra role only ever narrows what is shown). ID-card numbers are masked
 * ({@code 140723********123X}) unless the caller also has {@code pii-reader}:
 * <pre>
 * view.idNumber = personalData.idNumber(member.idNumber());
 * if (!personalData.visible()) { ... leave names and phone numbers out ... }
 * </pre>
 */
@RequestScoped
public class PersonalData {

    private static final int SHOWN_PREFIX = 6;
    private static final int SHOWN_SUFFIX = 4;

    private final SecurityIdentity identity;
    private boolean disclosedUnmasked;

    public PersonalData(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean visible() {
        return (identity.hasRole(Roles.CITY_ADMIN) || identity.hasRole(Roles.COUNTY_OFFICER) || identity.hasRole(Roles.AUDITOR))
                && !identity.hasRole(Roles.PARTNER);
    }

    public boolean unmasked() {
        return visible() && identity.hasRole(Roles.PII_READER);
    }

    /** Notes that this response shows unmasked personal data, for the audit trail ({@code PersonalDataReads}). */
    public void noteUnmaskedDisclosure() {
        disclosedUnmasked = true;
    }

    /** Whether this request's response shows unmasked personal data. */
    public boolean disclosedUnmasked() {
        return disclosedUnmasked;
    }

    /** The ID number as this caller may see it: unmasked, masked, or null when personal data is not visible. */
    public String idNumber(String idNumber) {
        if (idNumber == null || !visible()) {
            return null;
        }
        if (unmasked()) {
            noteUnmaskedDisclosure();
            return idNumber;
        }
        return mask(idNumber);
    }

    /** Keeps the region code and the last four characters: {@code 140723********123X}. */
    public static String mask(String idNumber) {
        if (idNumber.length() <= SHOWN_PREFIX + SHOWN_SUFFIX) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, SHOWN_PREFIX)
                + "*".repeat(idNumber.length() - SHOWN_PREFIX - SHOWN_SUFFIX)
                + idNumber.substring(idNumber.length() - SHOWN_SUFFIX);
    }
}
