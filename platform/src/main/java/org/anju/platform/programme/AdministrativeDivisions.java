package org.anju.platform.programme;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrative divisions (GB/T 2260 codes) a programme covers: the city (prefecture) whose
 * accounts the city-level records belong to, and its county-level divisions, the key of every
 * county-scoped record, event, Kafka key and indicator.
 * <p>
 * Configured once for the whole suite: {@code anju.programme.city} and {@code anju.programme.counties}
 * (platform defaults: Jinzhong 140700 and its eleven county-level divisions, 140702 榆次区 …
 * 140781 介休市). A national deployment lists every county it serves.
 *
 * @param city     6-digit code of the city, e.g. {@code 140700}
 * @param counties 6-digit codes of its county-level divisions
 */
public record AdministrativeDivisions(String city, Set<String> counties) {

    static final String CITY_KEY = "anju.programme.city";
    static final String COUNTIES_KEY = "anju.programme.counties";

    private static volatile Cached cached;

    private record Cached(Config config, AdministrativeDivisions divisions) {
    }

    public AdministrativeDivisions {
        if (!CountyCode.SHAPE.matcher(city).matches()) {
            throw new IllegalArgumentException(CITY_KEY + " must be a 6-digit GB/T 2260 code: " + city);
        }
        for (String county : counties) {
            if (!CountyCode.SHAPE.matcher(county).matches()) {
                throw new IllegalArgumentException(COUNTIES_KEY + " must list 6-digit GB/T 2260 codes: " + county);
            }
        }
        counties = Set.copyOf(new TreeSet<>(counties));
    }

    /**
     * The programme's divisions as configured for the running application (read from MicroProfile
     * Config, so plain unit tests get the platform defaults too).
     */
    public static AdministrativeDivisions programme() {
        Config config = ConfigProvider.getConfig();
        Cached current = cached;
        if (current == null || current.config() != config) {
            current = new Cached(config, new AdministrativeDivisions(config.getValue(CITY_KEY, String.class),
                    Set.copyOf(config.getValues(COUNTIES_KEY, String.class))));
            cached = current;
        }
        return current.divisions();
    }

    public boolean isCounty(String code) {
        return counties.contains(code);
    }

    /** The county codes in ascending order, e.g. for messages and the gateway's county table. */
    public List<String> countiesInOrder() {
        return List.copyOf(new TreeSet<>(counties));
    }
}
