package org.kirok.event;

import java.util.List;

/** The vocabulary choices the act forms offer. */
public record ActFormOptions(List<Term> actTypes, List<Term> degrees, List<Term> reliabilities, List<Term> connections,
                             List<Term> consequences) {

    static ActFormOptions load(TermOptions terms) {
        return new ActFormOptions(terms.of("act_type"), terms.of("involvement_degree"), terms.of("reliability"),
                terms.of("source_connection"), terms.of("consequence"));
    }
}
