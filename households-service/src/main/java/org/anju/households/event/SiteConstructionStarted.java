package org.anju.households.event;

/** Construction of a site started. */
public record SiteConstructionStarted(SiteSnapshot data) implements SiteEvent {
}
