package org.anju.governance.domain;

/** The 18 items of the site standard 五化五通八有. */
public enum StandardItem {
    PAVED(StandardGroup.IZATION),
    GREENED(StandardGroup.IZATION),
    BEAUTIFIED(StandardGroup.IZATION),
    LIT(StandardGroup.IZATION),
    CLEANED(StandardGroup.IZATION),
    ROAD(StandardGroup.CONNECTION),
    POWER(StandardGroup.CONNECTION),
    WATER(StandardGroup.CONNECTION),
    TV(StandardGroup.CONNECTION),
    INTERNET(StandardGroup.CONNECTION),
    DAY_CARE_CENTER(StandardGroup.AMENITY),
    FITNESS_ROOM(StandardGroup.AMENITY),
    SPORTS_SQUARE(StandardGroup.AMENITY),
    CLINIC(StandardGroup.AMENITY),
    SUPERMARKET(StandardGroup.AMENITY),
    READING_ROOM(StandardGroup.AMENITY),
    BATHHOUSE(StandardGroup.AMENITY),
    BARBER(StandardGroup.AMENITY);

    private final StandardGroup group;

    StandardItem(StandardGroup group) {
        this.group = group;
    }

    public StandardGroup group() {
        return group;
    }
}
