package org.anju.industry.domain;

/** PLANNED → OPERATING → CLOSED; a planned project may also be dropped (PLANNED → CLOSED). */
public enum ProjectStatus {
    PLANNED,
    OPERATING,
    CLOSED;

    public boolean canBecome(ProjectStatus next) {
        return switch (this) {
            case PLANNED -> next == OPERATING || next == CLOSED;
            case OPERATING -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
