package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A joint Party branch (联合党支部) was founded with its secretary. */
public record PartyBranchFounded(BranchSnapshot data) implements SnapshotEvent {
}
