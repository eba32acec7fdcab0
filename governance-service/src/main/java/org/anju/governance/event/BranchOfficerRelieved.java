package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** An officer's term in a branch post ended without a successor (never the secretary). */
public record BranchOfficerRelieved(BranchSnapshot data) implements SnapshotEvent {
}
