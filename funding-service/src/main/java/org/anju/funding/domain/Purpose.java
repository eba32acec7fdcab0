package org.anju.funding.domain;

/** What a county spends money on. */
public enum Purpose {
    HOUSING_SUBSIDY,
    DEMOLITION_RECLAMATION_REWARD,
    CO_RELOCATION_SUBSIDY,
    INDUSTRY_SUPPORT,
    INFRASTRUCTURE,
    OTHER
}
