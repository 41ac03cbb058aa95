package org.kirok.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The choices of the dashboard's filter form: act types, provinces, the chosen province's counties, organisations. */
public record FilterOptions(List<Option> actTypes, List<Option> provinces, List<Option> counties,
                            List<Option> perpetrators) {

    /** One choice: the value sent and the label shown. */
    public record Option(String value, String label) {
    }

    static FilterOptions of(Dimensions dimensions, String language, Optional<UUID> place) {
        List<Option> types = dimensions.types.stream().map(t -> new Option(t.code(), t.label(language))).toList();
        List<Option> provinces = new ArrayList<>();
        for (Dimensions.PlaceInfo info : dimensions.places) {
            if (info.level().equals("province")) {
                provinces.add(new Option(info.id().toString(), info.label(language)));
            }
        }
        provinces.sort(Comparator.comparing(Option::label));
        int province = place.flatMap(dimensions::place).map(p -> dimensions.provinceOf[p]).orElse(-1);
        List<Option> counties = new ArrayList<>();
        if (province >= 0) {
            for (int p = 0; p < dimensions.places.size(); p++) {
                if (dimensions.places.get(p).parent() == province && !dimensions.places.get(p).level().equals("facility")) {
                    counties.add(new Option(dimensions.places.get(p).id().toString(), dimensions.places.get(p).label(language)));
                }
            }
            counties.sort(Comparator.comparing(Option::label));
        }
        List<Option> organisations = new ArrayList<>();
        for (Dimensions.OrgInfo org : dimensions.organisations) {
            String label = org.label(language) + (org.abbreviation() == null ? "" : " (" + org.abbreviation() + ")");
            organisations.add(new Option(org.id().toString(), org.parent() >= 0 ? "— " + label : label));
        }
        return new FilterOptions(types, provinces, counties, tree(dimensions, organisations));
    }

    /** Organisations with their units right below them. */
    private static List<Option> tree(Dimensions dimensions, List<Option> flat) {
        List<Option> out = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int o = 0; o < dimensions.organisations.size(); o++) {
            if (dimensions.organisations.get(o).parent() < 0) {
                roots.add(o);
            }
        }
        roots.sort(Comparator.comparing(o -> flat.get(o).label()));
        for (int root : roots) {
            out.add(flat.get(root));
            for (int o = 0; o < dimensions.organisations.size(); o++) {
                if (o != root && dimensions.rootOf[o] == root) {
                    out.add(flat.get(o));
                }
            }
        }
        return out;
    }
}
