package org.anju.households.event;

/** Construction of a site was completed (竣工). */
public record SiteCompleted(SiteSnapshot data) implements SiteEvent {
}
