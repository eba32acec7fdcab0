package org.anju.governance.domain;

/** What a resident brings: 投诉, 困难, 建议, 咨询. */
public enum RequestCategory {
    COMPLAINT, DIFFICULTY, SUGGESTION, ENQUIRY
}
