package org.anju.gateway.domain;

import java.util.regex.Pattern;

/**
 * Where a figure applies: the whole city, one county (6-digit code) or one resettlement site (its id).
 * The key is what counters and history are stored under.
 */
public record Scope(Level level, String id) {

    private static final Pattern COUNTY = Pattern.compile("[0-9]{6}");

    public enum Level { CITY, COUNTY, SITE }

    public static final Scope CITY = new Scope(Level.CITY, "city");

    public Scope {
        if (level == Level.COUNTY && !COUNTY.matcher(id).matches()) {
            throw new IllegalArgumentException("a county is a 6-digit code: " + id);
        }
    }

    public static Scope county(String code) {
        return new Scope(Level.COUNTY, code);
    }

    public static Scope site(String siteId) {
        return new Scope(Level.SITE, siteId);
    }

    public String key() {
        return switch (level) {
            case CITY -> "city";
            case COUNTY -> "county:" + id;
            case SITE -> "site:" + id;
        };
    }

    public static Scope fromKey(String key) {
        if (key.equals("city")) {
            return CITY;
        }
        if (key.startsWith("county:")) {
            return county(key.substring(7));
        }
        if (key.startsWith("site:")) {
            return site(key.substring(5));
        }
        throw new IllegalArgumentException("not a scope key: " + key);
    }
}
