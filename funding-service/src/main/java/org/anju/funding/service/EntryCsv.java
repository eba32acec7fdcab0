package org.anju.funding.service;

import java.io.Writer;

/** An export of entries, ready to be written as CSV once the response is sent. */
@FunctionalInterface
public interface EntryCsv {

    void writeTo(Writer out);
}
