package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A branch adopted a rule document, superseding the previous one of its kind. */
public record BranchRuleAdopted(BranchSnapshot data) implements SnapshotEvent {
}
