package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The state of the last projection rebuild: its events and events per second when done, its error when failed. */
@Schema(name = "RebuildStatus")
public record RebuildStatusView(State state, Instant startedAt, Instant finishedAt, long events, Double eventsPerSecond, String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }
}
