package org.anju.gateway.service;

/** Where the figures apply: {@code CITY}, {@code COUNTY} or {@code SITE}, its code (or site id) and names. */
public record ScopeView(String level, String code, String zh, String en) {
}
