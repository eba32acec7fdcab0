package org.anju.households.event;

/** A centralised resettlement site (集中安置点) was registered. */
public record SiteRegistered(SiteSnapshot data) implements SiteEvent {
}
