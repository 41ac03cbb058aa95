package org.kirok.upr;

/** A coded entry with English and Korean labels: an issue tag or one of our themes. */
public record Label(String code, String labelEn, String labelKo) {

    public String label(String language) {
        return "ko".equals(language) ? labelKo : labelEn;
    }
}
