package org.kirok.dashboard;

/** The facets of the dashboard, each with the query parameter that filters by it. */
public enum Dimension {
    ACT_TYPE("act_type"), YEAR("year"), PROVINCE("place"), COUNTY("place"), PERPETRATOR("perpetrator"),
    SEX("sex"), AGE("age");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "dashboard.facet." + code();
    }

    public static Dimension parse(String code) {
        for (Dimension dimension : values()) {
            if (dimension.code().equals(code)) {
                return dimension;
            }
        }
        throw new org.kirok.store.NotFoundException("facet " + code);
    }
}
