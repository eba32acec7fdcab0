package org.anju.governance.domain;

/** Who decided an item of the site standard: an officer's assessment, or the site's open facilities. */
public enum EvidenceSource {
    ASSESSMENT, FACILITY
}
