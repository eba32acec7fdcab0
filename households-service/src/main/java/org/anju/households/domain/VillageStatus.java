package org.anju.households.domain;

/** A deep-poverty natural village: registered, then relocated as a whole (整村搬迁), demolished, reclaimed. */
public enum VillageStatus {
    REGISTERED, RELOCATED, DEMOLISHED, RECLAIMED
}
