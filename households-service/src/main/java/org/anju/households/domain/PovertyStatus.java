package org.anju.households.domain;

/** Registered-poor households are IN_POVERTY until lifted (脱贫); co-relocated ones are NOT_APPLICABLE. */
public enum PovertyStatus {
    IN_POVERTY, LIFTED, NOT_APPLICABLE
}
