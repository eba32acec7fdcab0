package org.anju.governance.event;

/** An officer was appointed to a branch post; a new secretary's appointment is a handover. */
public record BranchOfficerAppointed(BranchSnapshot data) implements SnapshotEvent {
}
