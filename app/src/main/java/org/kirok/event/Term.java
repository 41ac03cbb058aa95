package org.kirok.event;

/** A vocabulary term as shown: its code and both labels. */
public record Term(String code, String labelEn, String labelKo) {

    public String label(String language) {
        return "ko".equals(language) ? labelKo : labelEn;
    }
}
