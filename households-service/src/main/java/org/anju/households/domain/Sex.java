package org.anju.households.domain;

public enum Sex {
    MALE, FEMALE
}
