package org.anju.governance.domain;

/** PLANNED → OPEN → CLOSED; a facility may also be closed before it ever opened (plan dropped). */
public enum FacilityStatus {
    PLANNED, OPEN, CLOSED
}
