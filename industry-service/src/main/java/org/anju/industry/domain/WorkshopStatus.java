package org.anju.industry.domain;

/** BUILDING → OPERATING ⇄ SUSPENDED: a suspended workshop (扶贫车间) may resume. */
public enum WorkshopStatus {
    BUILDING,
    OPERATING,
    SUSPENDED;

    public boolean canBecome(WorkshopStatus next) {
        return switch (this) {
            case BUILDING, SUSPENDED -> next == OPERATING;
            case OPERATING -> next == SUSPENDED;
        };
    }
}
