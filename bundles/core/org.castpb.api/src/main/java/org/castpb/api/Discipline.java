package org.castpb.api;

/** Discipline group (学科): 理科, 工科, 农科, 医科, 交叉. */
public enum Discipline {
    SCIENCE,
    ENGINEERING,
    AGRICULTURE,
    MEDICINE,
    INTERDISCIPLINARY
}
