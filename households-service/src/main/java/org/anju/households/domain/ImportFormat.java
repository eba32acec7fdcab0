package org.anju.households.domain;

/** The file formats a household import reads. */
public enum ImportFormat {
    CSV, XLSX
}
