package org.kirok.upr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.kirok.engine.disclosure.DisclosureGate;
import org.kirok.engine.disclosure.ProtectedTable;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.vocabulary.Vocabularies;

/**
 * Implementation evidence: which acts in the database bear on a recommendation — through the act types its issues
 * are mapped onto, in or by the state under review — since the review's adoption or since the state's last review.
 * Counts leave only through the {@link DisclosureGate} (a table of act types with its total), cases only by their
 * pseudonymous codes; only acts the user may see are counted. Thread-safe.
 */
public final class EvidenceService {
    private static final int CITED = 5;

    private final Jdbi jdbi;
    private final AccessPolicy access;
    private final Vocabularies vocabularies;
    private final UprService register;
    private final DisclosureGate gate;
    private final Clock clock;
    private final ActEvidenceStore store = new ActEvidenceStore();

    public EvidenceService(Jdbi jdbi, AccessPolicy access, Vocabularies vocabularies, UprService register,
                           DisclosureGate gate, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.vocabularies = vocabularies;
        this.register = register;
        this.gate = gate;
        this.clock = clock;
    }

    /** The day a period starts for a recommendation; empty when the reviews' dates are not recorded. */
    public Optional<LocalDate> start(Recommendation recommendation, Period period) {
        return switch (period) {
            case SINCE_ADOPTION -> register.review(recommendation.stateCode(), recommendation.session())
                    .flatMap(Review::effectiveFrom);
            case SINCE_LAST_REVIEW -> register.lastReview(recommendation.stateCode(), LocalDate.now(clock))
                    .flatMap(Review::reviewDate);
        };
    }

    public Evidence evidence(User user, Recommendation recommendation, Period period) {
        Optional<LocalDate> from = start(recommendation, period);
        List<String> types = register.actTypes(recommendation);
        if (from.isEmpty() || types.isEmpty()) {
            return new Evidence(period, from, List.of(), from.isEmpty() ? OptionalLong.empty() : OptionalLong.of(0),
                    List.of());
        }
        Figure figure = figure(user, recommendation.stateCode(), types, from.get(), labelLanguage(user));
        return new Evidence(period, from, figure.counts(), figure.total(), figure.cases());
    }

    /** Counts per act type (gated) and cited cases: the building block of evidence and of live figures. */
    public record Figure(List<Evidence.Count> counts, OptionalLong total, List<String> cases) {
        public Figure {
            counts = List.copyOf(counts);
            cases = List.copyOf(cases);
        }
    }

    public Figure figure(User user, String state, List<String> actTypes, LocalDate from, String language) {
        String visible = access.visibleSql(user, "a");
        return jdbi.withHandle(handle -> {
            Map<String, Long> counts = store.counts(handle, visible, state, actTypes, from);
            long[] values = counts.values().stream().mapToLong(Long::longValue).toArray();
            ProtectedTable table = gate.protect(values);
            List<Evidence.Count> shown = new ArrayList<>();
            int i = 0;
            for (String type : counts.keySet()) {
                shown.add(new Evidence.Count(type, label(type, language), table.count(i++)));
            }
            return new Figure(shown, table.grandTotal(), store.cases(handle, visible, state, actTypes, from, CITED));
        });
    }

    /**
     * Case codes to cite for acts of these types in or by the state since the day, inside the caller's transaction
     * and without a reader's access filter: for loaders, which write as the system.
     */
    public List<String> cases(org.jdbi.v3.core.Handle handle, String state, List<String> actTypes, LocalDate from,
                              int limit) {
        return store.cases(handle, "TRUE", state, actTypes, from, limit);
    }

    /** The codes among these that name acts the user may see; the rest are not evidence this user can cite. */
    public List<String> visibleCases(User user, List<String> codes) {
        return jdbi.withHandle(handle -> store.visibleCases(handle, access.visibleSql(user, "a"), codes));
    }

    public int threshold() {
        return gate.threshold();
    }

    private String label(String actType, String language) {
        return vocabularies.terms("act_type").stream().filter(t -> t.code().equals(actType)).findFirst()
                .map(t -> t.label(language)).orElse(actType);
    }

    private static String labelLanguage(User user) {
        return user.locale();
    }
}
