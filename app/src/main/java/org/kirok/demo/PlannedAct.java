package org.kirok.demo;

import java.util.List;
import java.util.Optional;
import org.kirok.event.FuzzyDate;
import org.kirok.store.Confidentiality;

/**
 * An act a demo story contains, before it is written: who suffered it (the interviewee, or another individual
 * the witness tells of), when, where, by whom, how the witness knows it.
 *
 * @param other      empty when the victim is the interviewee
 * @param eventTitle acts with the same title are grouped into one event
 */
record PlannedAct(String type, Optional<Individual> other, FuzzyDate date, String placeKey, List<String[]> perpetrators,
                  String reliability, String connection, List<String> consequences, Optional<String> articleKey,
                  Confidentiality confidentiality, Optional<String> eventTitle) {
}
