package org.anju.governance.domain;

/** How a joint Party branch is governed. */
public enum ManagementMode {
    /** 一方隶属、双重管理: belongs to one organisation, managed jointly with the other. */
    SINGLE_AFFILIATION_DUAL_MANAGEMENT,
    /** 属地管理: belongs to and is managed by the site's town or community. */
    TERRITORIAL,
    OTHER
}
