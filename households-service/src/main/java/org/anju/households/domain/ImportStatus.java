package org.anju.households.domain;

/** Where an import job is: waiting for a worker, being read, done (rows imported or rejected), or failed as a whole. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
