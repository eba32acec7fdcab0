package org.anju.industry.domain;

/** 建档立卡贫困户 (registered poor) or 同步搬迁 (co-relocated, non-poor) household. */
public enum HouseholdCategory {
    REGISTERED_POOR,
    CO_RELOCATED
}
