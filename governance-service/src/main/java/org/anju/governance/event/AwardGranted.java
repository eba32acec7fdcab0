package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A household received an award (最美家庭, 小区好人). */
public record AwardGranted(AwardSnapshot data) implements SnapshotEvent {
}
