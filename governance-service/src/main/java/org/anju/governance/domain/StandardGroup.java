package org.anju.governance.domain;

/** The three parts of the site standard 五化五通八有. */
public enum StandardGroup {
    /** 五化: five "-izations". */
    IZATION,
    /** 五通: five connections. */
    CONNECTION,
    /** 八有: eight amenities. */
    AMENITY
}
