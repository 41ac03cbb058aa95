package org.kirok.engine.name;

/** The romanization systems Korean names reach us in. */
public enum RomanizationSystem {
    /** Revised Romanization of Korean (South Korea, 2000): Gim Yeongcheol; no sound changes in names. */
    REVISED,
    /** McCune–Reischauer (1939): Kim Yŏngch'ŏl, with breves, apostrophes and voicing between syllables. */
    MCCUNE_REISCHAUER,
    /** The DPRK's national system (1992), as KCNA writes it: Kim Yong Chol, kh/th/ph for aspirates. */
    DPRK
}
