package org.kirok.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;
import org.kirok.upr.Label;
import org.kirok.upr.Recommendation;
import org.kirok.upr.RecommendationFilter;
import org.kirok.upr.Response;
import org.kirok.upr.Review;
import org.kirok.upr.UprService;

/**
 * Drafts the opening of a section for one of our themes from the data: a heading, a paragraph with the live figure
 * of the theme's act types since the previous review, and a paragraph citing up to three of the previous cycle's
 * recommendations on the theme (supported ones first), each cited with its response and our assessment. The author
 * writes the analysis and our own recommendations around it.
 */
final class ThemeStarter {
    private static final int CITED = 3;

    private final UprService register;

    ThemeStarter(UprService register) {
        this.register = register;
    }

    String draft(Submission submission, String themeCode) {
        Label theme = register.themes().stream().filter(t -> t.code().equals(themeCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("theme", "there is no theme '" + themeCode + "'"));
        Optional<Review> previous = register.previousReview(submission.stateCode(), submission.session());
        StringBuilder text = new StringBuilder("# ").append(theme.labelEn()).append("\n\n");
        boolean reviewed = previous.flatMap(Review::reviewDate).isPresent();
        String since = reviewed ? "review" : submission.periodFrom().map(Object::toString).orElseThrow(() ->
                new InvalidInputException("period_from", "the previous review's date is not recorded: record it on the "
                        + "reviews page or set the start of the period this submission covers"));
        String state = submission.stateName("en");
        text.append(reviewed ? "Since its previous review, " : "Since " + since + ", ")
                .append("the documentation of the submitting organisation")
                .append(submission.submitters().size() > 1 ? "s" : "").append(" records {{cases:theme:")
                .append(theme.code()).append(" since ").append(since).append("}} in ").append(state)
                .append(" or by its authorities.\n\n");
        if (previous.isPresent()) {
            RecommendationFilter filter = new RecommendationFilter(Optional.of(submission.stateCode()),
                    Optional.of(previous.get().session()), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(theme.code()), Optional.empty(), Optional.empty());
            List<Recommendation> cited = register.list(filter, 1, 200).items().stream()
                    .sorted(Comparator.comparing((Recommendation r) -> r.response().filter(x -> x == Response.SUPPORTED)
                            .isEmpty()).thenComparing(Recommendation::externalId))
                    .limit(CITED).toList();
            if (!cited.isEmpty()) {
                text.append("In its previous review ").append(state).append(" received recommendations on this subject, ")
                        .append("including ");
                for (int i = 0; i < cited.size(); i++) {
                    text.append(i == 0 ? "" : i == cited.size() - 1 ? " and " : "; ")
                            .append("{{rec:").append(cited.get(i).externalId()).append("}}");
                }
                text.append(".\n\n");
            }
        }
        return text.toString();
    }
}
