package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A Party group (党小组) was formed in a branch. */
public record PartyGroupFormed(BranchSnapshot data) implements SnapshotEvent {
}
