package org.anju.households.domain;

public enum SiteStatus {
    PLANNED, UNDER_CONSTRUCTION, COMPLETED
}
