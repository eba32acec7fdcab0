package org.anju.industry.service;

import org.anju.platform.programme.CountyCode;

/** A command that records something in a county (and corrects it there): the caller must be allowed to change that county. */
public interface CountyCommand {

    CountyCode county();
}
