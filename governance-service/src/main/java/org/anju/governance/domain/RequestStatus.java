package org.anju.governance.domain;

/**
 * SUBMITTED → ACCEPTED → RESOLVED → REPLIED, and for a complaint that required a correction,
 * REPLIED → RECTIFIED once the correction is done.
 */
public enum RequestStatus {
    SUBMITTED, ACCEPTED, RESOLVED, REPLIED, RECTIFIED
}
