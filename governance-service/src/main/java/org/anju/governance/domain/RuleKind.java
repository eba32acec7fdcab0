package org.anju.governance.domain;

/** The rules a joint Party branch adopts: work system, duties, meeting system, rules of procedure. */
public enum RuleKind {
    WORK_SYSTEM, DUTIES, MEETING_SYSTEM, RULES_OF_PROCEDURE
}
