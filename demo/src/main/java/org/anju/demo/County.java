package org.anju.demo;

import java.util.List;

/**
 * One of Jinzhong's 11 county-level divisions (docs/domain.md, "Geography"), keyed by its 6-digit code,
 * with what the data set makes of it: the short name its made-up names use, its weight in the draw of
 * the moved-in households (large enough in Yushe, Heshun and Zuoquan to hold the households the report's
 * county projects and jobs name there) and its number of sites (3 in those three counties, 2 elsewhere).
 */
record County(String code, String name, int weight, int sites) {

    static final County YUCI = new County("140702", "榆次", 5, 2);
    static final County TAIGU = new County("140703", "太谷", 4, 2);
    static final County YUSHE = new County("140721", "榆社", 27, 3);
    static final County ZUOQUAN = new County("140722", "左权", 13, 3);
    static final County HESHUN = new County("140723", "和顺", 15, 3);
    static final County XIYANG = new County("140724", "昔阳", 8, 2);
    static final County SHOUYANG = new County("140725", "寿阳", 9, 2);
    static final County QI = new County("140727", "祁县", 3, 2);
    static final County PINGYAO = new County("140728", "平遥", 6, 2);
    static final County LINGSHI = new County("140729", "灵石", 5, 2);
    static final County JIEXIU = new County("140781", "介休", 5, 2);

    /** In code order: the order of the data set's households and of every request made per county. */
    static final List<County> ALL = List.of(YUCI, TAIGU, YUSHE, ZUOQUAN, HESHUN, XIYANG, SHOUYANG, QI, PINGYAO, LINGSHI, JIEXIU);
}
