package org.kirok.submission;

import java.util.Optional;
import java.util.UUID;

/** A submitting organisation as the submission lists it: its English name and, for Korean NGOs, its Korean one. */
public record Submitter(UUID id, String nameEn, Optional<String> nameKo, Optional<String> abbreviation) {

    /** "Hanbit Documentation Centre (한빛기록센터)": the form used at the top of the submission. */
    public String listed() {
        return nameEn + nameKo.filter(ko -> !ko.equals(nameEn)).map(ko -> " (" + ko + ")").orElse("");
    }
}
