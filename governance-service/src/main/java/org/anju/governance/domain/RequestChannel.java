package org.anju.governance.domain;

/** How a request reached the community: in person, by phone, the 12345 hotline, online, through a grid worker. */
public enum RequestChannel {
    IN_PERSON, PHONE, HOTLINE_12345, ONLINE, GRID_WORKER, OTHER
}
