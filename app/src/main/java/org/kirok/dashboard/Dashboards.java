package org.kirok.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.engine.disclosure.DisclosureGate;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Role;
import org.kirok.security.User;

/**
 * Answers dashboard questions from the in-memory {@link ActIndex}: for a user (the acts they may see; partners'
 * figures always through the disclosure gate, staff may ask to see them "as published"), and for publication (the
 * portal and reports: every act that is not restricted, always through the gate). Thread-safe.
 */
public final class Dashboards {
    private final ActIndex index;
    private final Visibility visibility;
    private final DisclosureGate gate;

    public Dashboards(Jdbi jdbi, AccessPolicy access, DisclosureGate gate) {
        this.index = new ActIndex(jdbi);
        this.visibility = new Visibility(jdbi, access);
        this.gate = gate;
    }

    public ActIndex index() {
        return index;
    }

    public DisclosureGate gate() {
        return gate;
    }

    /** What this user may count; gated for partners, and for staff who ask to see the published version. */
    public DashboardResult forUser(User user, Facets facets, String language, boolean asPublished) {
        boolean gated = asPublished || mustBeGated(user);
        return index.read(snapshot -> {
            boolean[] visible = visibility.forUser(user, snapshot.classes());
            FacetCounts counts = new FacetScan(snapshot.dimensions(), facets, snapshot.firstYear(), snapshot.lastYear(), !gated)
                    .run(snapshot.slots(), visible);
            return new ResultBuilder(snapshot.dimensions(), language, gated ? Optional.of(gate) : Optional.empty())
                    .build(facets, counts);
        });
    }

    /** Figures fit to publish: every act that is not restricted, through the disclosure gate. */
    public DashboardResult forPublication(Facets facets, String language) {
        return index.read(snapshot -> {
            boolean[] visible = Visibility.forPublication(snapshot.classes());
            FacetCounts counts = new FacetScan(snapshot.dimensions(), facets, snapshot.firstYear(), snapshot.lastYear(), false)
                    .run(snapshot.slots(), visible);
            return new ResultBuilder(snapshot.dimensions(), language, Optional.of(gate)).build(facets, counts);
        });
    }

    /** The acts this user may see that match every facet (and, if given, lie at or below one place), newest first. */
    public List<UUID> matchingActs(User user, Facets facets) {
        return index.read(snapshot -> index.matching(snapshot, facets, visibility.forUser(user, snapshot.classes()), slot -> true));
    }

    /** The non-restricted acts matching the facets, for cited cases in published reports; newest first. */
    public List<UUID> publishableActs(Facets facets) {
        return index.read(snapshot -> index.matching(snapshot, facets, Visibility.forPublication(snapshot.classes()), slot -> true));
    }

    /** The choices of the filter form, the counties those of the province the chosen place lies in. */
    public FilterOptions options(String language, Optional<UUID> place) {
        return index.read(snapshot -> FilterOptions.of(snapshot.dimensions(), language, place));
    }

    /** For each place: its province (or country) and county-level unit, in this language ("" when none). */
    public Map<UUID, String[]> units(Collection<UUID> places, String language) {
        return index.read(snapshot -> {
            Dimensions dimensions = snapshot.dimensions();
            Map<UUID, String[]> out = new HashMap<>();
            for (UUID id : places) {
                dimensions.place(id).ifPresent(p -> out.put(id, new String[] {
                        dimensions.provinceOf[p] < 0 ? "" : dimensions.places.get(dimensions.provinceOf[p]).label(language),
                        dimensions.countyOf[p] < 0 ? "" : dimensions.places.get(dimensions.countyOf[p]).label(language)}));
            }
            return out;
        });
    }

    /** Whether this user only ever sees gated figures: partner organisations. */
    public static boolean mustBeGated(User user) {
        return user.role() == Role.PARTNER;
    }
}
