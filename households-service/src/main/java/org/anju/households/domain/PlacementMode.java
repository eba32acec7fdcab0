package org.anju.households.domain;

/** 县城安置 / 中心村安置 / 小区安置. */
public enum PlacementMode {
    COUNTY_TOWN, CENTRAL_VILLAGE, COMMUNITY
}
