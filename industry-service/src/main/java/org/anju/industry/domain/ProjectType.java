package org.anju.industry.domain;

/** Kinds of industry project (产业项目) in the programme's follow-up support. */
public enum ProjectType {
    MUSHROOM_GREENHOUSE,
    PHOTOVOLTAIC,
    HERBAL_MEDICINE,
    GRAIN,
    WORKSHOP,
    ELDERLY_CARE,
    OTHER
}
