package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A site's 五化五通八有 checklist changed, by an assessment or by its open facilities. */
public record SiteStandardAssessed(SiteStandardSnapshot data) implements SnapshotEvent {
}
