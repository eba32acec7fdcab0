package org.anju.governance.domain;

/** 最美家庭 (most beautiful family), 小区好人 (good neighbour of the community). */
public enum AwardKind {
    MOST_BEAUTIFUL_FAMILY, GOOD_NEIGHBOUR
}
