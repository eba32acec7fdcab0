package org.anju.gateway.domain;

/** Units of indicator values (the API names them; the dashboard labels them). */
public enum Unit {
    PEOPLE,
    HOUSEHOLDS,
    SITES,
    VILLAGES,
    YUAN,
    COUNT,
    HOURS,
    /** numerator ÷ denominator, between 0 and 1 when the data is consistent */
    RATIO
}
