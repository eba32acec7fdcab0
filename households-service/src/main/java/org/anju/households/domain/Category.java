package org.anju.households.domain;

/** 建档立卡贫困户 (on the national poverty registry) or 同步搬迁 (non-poor, moving with them). */
public enum Category {
    REGISTERED_POOR, CO_RELOCATED
}
