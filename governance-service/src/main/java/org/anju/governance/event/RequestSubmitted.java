package org.anju.governance.event;

/** A resident's request was submitted. */
public record RequestSubmitted(RequestSnapshot data) implements SnapshotEvent {
}
