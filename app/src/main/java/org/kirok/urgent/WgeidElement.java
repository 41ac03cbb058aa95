package org.kirok.urgent;

import java.util.Locale;

/**
 * The minimum elements the Working Group on Enforced or Involuntary Disappearances needs before it can transmit a
 * case to a government (its methods of work, A/HRC/WGEID/102/2, on the submission of cases): who disappeared,
 * when and where they were arrested or last seen, which state agents are believed responsible, what was done to
 * find them, who submits the case — plus the consent of the family, without which an NGO should not submit.
 */
public enum WgeidElement {
    PERSON_IDENTITY, DATE_OF_ARREST, PLACE_OF_ARREST, FORCES_RESPONSIBLE, STEPS_TAKEN, SUBMITTER, FAMILY_CONSENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
