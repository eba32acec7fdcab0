package org.anju.gateway.domain;

/** Units of indicator values, with the labels the dashboard shows. */
public enum Unit {
    PEOPLE("人", "people"),
    HOUSEHOLDS("户", "households"),
    SITES("个", "sites"),
    VILLAGES("个", "villages"),
    YUAN("元", "yuan"),
    COUNT("个", "count"),
    HOURS("小时", "hours"),
    /** numerator ÷ denominator, between 0 and 1 when the data is consistent */
    RATIO("%", "ratio");

    private final String zh;
    private final String en;

    Unit(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
