package org.anju.governance.domain;

import java.util.Optional;

/** Supporting public facilities (配套设施) near a resettlement site. */
public enum FacilityType {
    CLINIC, PRIMARY_SCHOOL, KINDERGARTEN, ACTIVITY_ROOM, CULTURE_SQUARE, COMMUNITY_SERVICE_STATION, DAY_CARE_CENTER,
    ELDERLY_HOME, SUPERMARKET, READING_ROOM, BATHHOUSE, BARBER, BUS_LINE, OTHER;

    /** The site-standard amenity an open facility of this type provides, if any. */
    public Optional<StandardItem> amenity() {
        return switch (this) {
            case DAY_CARE_CENTER -> Optional.of(StandardItem.DAY_CARE_CENTER);
            case CLINIC -> Optional.of(StandardItem.CLINIC);
            case SUPERMARKET -> Optional.of(StandardItem.SUPERMARKET);
            case READING_ROOM -> Optional.of(StandardItem.READING_ROOM);
            case BATHHOUSE -> Optional.of(StandardItem.BATHHOUSE);
            case BARBER -> Optional.of(StandardItem.BARBER);
            default -> Optional.empty();
        };
    }
}
