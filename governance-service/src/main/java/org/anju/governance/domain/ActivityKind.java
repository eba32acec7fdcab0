package org.anju.governance.domain;

/** Community activities at a site; an EVALUATION is where awards are decided. */
public enum ActivityKind {
    TRAINING, MEETING, CULTURAL, VOLUNTEER, EVALUATION, OTHER
}
