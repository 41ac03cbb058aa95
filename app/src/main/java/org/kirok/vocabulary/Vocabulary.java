package org.kirok.vocabulary;

/** A controlled vocabulary: its stable code (act_type, facility_type …) and its name in both languages. */
public record Vocabulary(String code, String labelEn, String labelKo) {

    public String label(String language) {
        return "ko".equals(language) ? labelKo : labelEn;
    }
}
