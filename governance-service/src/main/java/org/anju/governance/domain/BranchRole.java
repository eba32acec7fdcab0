package org.anju.governance.domain;

/** 书记 / 副书记 / 委员. */
public enum BranchRole {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER
}
