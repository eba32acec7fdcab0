package org.anju.funding.domain;

public enum RewardStatus {
    /** Proposed by a rule, awaiting a city administrator's approval; nothing is paid yet. */
    PROPOSED,
    /** Approved and paid: an expenditure entry was recorded. */
    APPROVED
}
