package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** An officer was appointed to a branch post; a new secretary's appointment is a handover. */
public record BranchOfficerAppointed(BranchSnapshot data) implements SnapshotEvent {
}
