package org.anju.households.domain;

import java.util.UUID;

/**
 * What registration records and a correction may change: everything but the county and the
 * lifecycle, which change only through commands.
 *
 * @param siteId               the destination site, until housing is allocated there
 * @param homesteadToDemolish  whether the household leaves an old homestead to demolish
 */
public record HouseholdDetails(String registryNumber, String originVillage, String originNaturalVillage,
                               UUID villageId, Category category, UUID siteId, boolean homesteadToDemolish) {
}
