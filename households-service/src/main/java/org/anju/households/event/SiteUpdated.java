package org.anju.households.event;

/** A site's details were corrected. */
public record SiteUpdated(SiteSnapshot data) implements SiteEvent {
}
