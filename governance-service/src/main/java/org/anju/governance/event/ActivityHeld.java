package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A community activity (a training, meeting, evaluation ...) was held. */
public record ActivityHeld(ActivitySnapshot data) implements SnapshotEvent {
}
