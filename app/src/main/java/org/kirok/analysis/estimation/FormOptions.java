package org.kirok.analysis.estimation;

import java.util.List;

/** What the estimate form offers: the lists one may choose (organisations, kinds of source) and the act types. */
public record FormOptions(List<Option> lists, List<Option> actTypes) {

    /** A choice: its form value and its names in English and Korean. */
    public record Option(String value, String nameEn, String nameKo) {
        public String name(String language) {
            return language.equals("ko") ? nameKo : nameEn;
        }
    }

    public FormOptions {
        lists = List.copyOf(lists);
        actTypes = List.copyOf(actTypes);
    }
}
