package org.anju.governance.event;

/** A community activity (a training, meeting, evaluation ...) was held. */
public record ActivityHeld(ActivitySnapshot data) implements SnapshotEvent {
}
