package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People placed by the sites' placement mode ({@code COUNTY_TOWN}, {@code CENTRAL_VILLAGE},
 * {@code COMMUNITY}: the "三为主" modes; the plan "80% 进城、其余进镇" is the county-town share):
 * derived when read from the people counted at each site and the site's current mode, so that a
 * household recorded before its site, or a site whose mode is corrected, counts where it belongs.
 * People at sites the gateway has no snapshot of (mode unknown) are not placed.
 */
public final class PlacementModes {

    public static final String COUNTY_TOWN = "COUNTY_TOWN";

    private PlacementModes() {
    }

    /** The derived counters ({@link Counter#PEOPLE_PLACED}, its parts by mode, the county-town share's numerator) from people by mode. */
    public static Map<String, BigDecimal> counters(Map<String, BigDecimal> peopleByMode) {
        Map<String, BigDecimal> counters = new HashMap<>();
        peopleByMode.forEach((mode, people) -> {
            counters.merge(Counter.PEOPLE_PLACED.key(), people, BigDecimal::add);
            counters.put(Counter.PEOPLE_PLACED.part(mode).key(), people);
            if (COUNTY_TOWN.equals(mode)) {
                counters.put(Counter.PEOPLE_PLACED_COUNTY_TOWN.key(), people);
            }
        });
        return counters;
    }

    /** The same per day: the changes of the derived counters from the changes of people by mode. */
    public static List<Object[]> changes(String mode, LocalDate day, BigDecimal delta) {
        List<Object[]> changes = new ArrayList<>();
        counters(Map.of(mode, delta)).forEach((counter, value) -> changes.add(new Object[] {counter, day, value}));
        return changes;
    }

    /** {@code counters} with the derived placement counters of {@code peopleByMode} added. */
    public static Counters with(Counters counters, Map<String, BigDecimal> peopleByMode) {
        if (peopleByMode == null || peopleByMode.isEmpty()) {
            return counters;
        }
        Map<String, BigDecimal> values = new HashMap<>(counters.values());
        values.putAll(counters(peopleByMode));
        return new Counters(values);
    }
}
