package org.anju.gateway.domain;

import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.programme.CountyCode;

import java.util.List;

/**
 * Where a figure applies: the whole city, one county of the programme or one resettlement site
 * (its id). The key is what counters and history are stored under.
 */
public record Scope(Level level, String id) {

    public enum Level { CITY, COUNTY, SITE }

    public static final Scope CITY = new Scope(Level.CITY, "city");

    public Scope {
        if (level == Level.COUNTY && !CountyCode.isCounty(id)) {
            throw new IllegalArgumentException("not a county of the programme: " + id);
        }
    }

    public static Scope county(CountyCode county) {
        return new Scope(Level.COUNTY, county.code());
    }

    /** The county, or the city when none is named. */
    public static Scope cityOr(CountyCode county) {
        return county == null ? CITY : county(county);
    }

    /** Every county of the programme, in code order. */
    public static List<Scope> programmeCounties() {
        return AdministrativeDivisions.programme().countiesInOrder().stream()
                .map(code -> new Scope(Level.COUNTY, code))
                .toList();
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
}
