package org.anju.industry.service;

import java.util.UUID;

/** The view of a record that has its own id and version: the version is its ETag, the id ends its location. */
public interface VersionedView {

    UUID id();

    long version();
}
