package org.anju.households.domain;

/** A member's relation to the head of the household (与户主关系). */
public enum Relation {
    HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, GRANDPARENT, SIBLING, OTHER
}
