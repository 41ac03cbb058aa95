package org.kirok.submission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.publish.Publication;
import org.kirok.security.User;
import org.kirok.upr.Assessment;
import org.kirok.upr.AssessmentService;
import org.kirok.upr.EvidenceService;
import org.kirok.upr.Period;
import org.kirok.upr.Recommendation;
import org.kirok.upr.Review;
import org.kirok.upr.UprService;
import org.kirok.upr.WordCount;
import org.kirok.vocabulary.Term;
import org.kirok.vocabulary.Vocabularies;

/**
 * Turns a draft's markup ({@link Markup}) into numbered publication blocks, filling in live figures — counted for
 * the user who renders, through the disclosure gate — and citations of earlier recommendations with their response
 * and our assessment. Problems (an unknown act type, a recommendation to another state) become findings, and the
 * token shows as "[?]", so a draft always renders. Thread-safe.
 */
final class SubmissionRenderer {
    private static final Pattern INLINE = Pattern.compile("\\(\\((.+?)\\)\\)|\\{\\{(.*?)\\}\\}");
    private static final Pattern CASES = Pattern.compile("(?i)^cases\\s*:\\s*(.+?)\\s+since\\s+(.+)$");
    private static final Pattern REC = Pattern.compile("(?i)^rec\\s*:\\s*(\\S+)$");

    private final UprService register;
    private final EvidenceService evidence;
    private final AssessmentService assessments;
    private final Vocabularies vocabularies;

    SubmissionRenderer(UprService register, EvidenceService evidence, AssessmentService assessments,
                       Vocabularies vocabularies) {
        this.register = register;
        this.evidence = evidence;
        this.assessments = assessments;
        this.vocabularies = vocabularies;
    }

    /** The state of one rendering: what it found, cited and counted from. Not thread-safe; one per rendering. */
    private final class Run {
        final Submission submission;
        final User user;
        final Optional<Review> previous;
        final List<Finding> findings = new ArrayList<>();
        final Set<String> cases = new LinkedHashSet<>();
        final List<LocalDate> starts = new ArrayList<>();

        Run(Submission submission, User user) {
            this.submission = submission;
            this.user = user;
            this.previous = register.previousReview(submission.stateCode(), submission.session());
        }
    }

    /** Text with its tokens filled in and the footnotes found in it, in order. */
    private record Inline(String text, List<String> footnotes) {
    }

    Rendered render(Submission submission, User user) {
        Run run = new Run(submission, user);
        List<Publication.Block> blocks = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        int number = 0;
        int words = 0;
        for (Markup.Part part : Markup.parse(submission.body())) {
            if (!(part instanceof Markup.Bullet) && !bullets.isEmpty()) {
                blocks.add(new Publication.Bullets(bullets));
                bullets = new ArrayList<>();
            }
            switch (part) {
                case Markup.Heading heading -> {
                    Inline inline = inline(run, heading.text());
                    blocks.add(new Publication.Heading(heading.level(), inline.text()));
                    words += WordCount.of(inline.text());
                }
                case Markup.Text text -> {
                    Inline inline = inline(run, text.text());
                    blocks.add(new Publication.Paragraph(inline.text(), Optional.of(++number), inline.footnotes()));
                    words += WordCount.of(inline.text());
                }
                case Markup.Bullet bullet -> {
                    Inline inline = inline(run, bullet.text());
                    if (!inline.footnotes().isEmpty()) {
                        run.findings.add(Finding.warning("submission.check.bullet_footnote", excerpt(bullet.text())));
                    }
                    bullets.add(inline.text());
                    words += WordCount.of(inline.text());
                }
            }
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Publication.Bullets(bullets));
        }
        return new Rendered(blocks, words, run.findings, List.copyOf(run.cases), run.starts);
    }

    private Inline inline(Run run, String raw) {
        StringBuilder text = new StringBuilder();
        List<String> footnotes = new ArrayList<>();
        Matcher matcher = INLINE.matcher(raw);
        int at = 0;
        while (matcher.find()) {
            text.append(raw, at, matcher.start());
            if (matcher.group(1) != null) {
                footnotes.add(matcher.group(1).strip());
                trimTrailingSpace(text);
            } else {
                token(run, matcher.group(2).strip(), text, footnotes);
            }
            at = matcher.end();
        }
        text.append(raw.substring(at));
        if (text.indexOf("{{") >= 0 || text.indexOf("((") >= 0) {
            run.findings.add(Finding.warning("submission.check.unclosed", excerpt(raw)));
        }
        return new Inline(text.toString().strip(), footnotes);
    }

    private void token(Run run, String token, StringBuilder text, List<String> footnotes) {
        Matcher cases = CASES.matcher(token);
        Matcher rec = REC.matcher(token);
        if (cases.matches()) {
            figure(run, cases.group(1).strip(), cases.group(2).strip(), text, footnotes);
        } else if (rec.matches()) {
            citation(run, rec.group(1), text, footnotes);
        } else {
            run.findings.add(Finding.error("submission.check.unknown_token", token));
            text.append("[?]");
        }
    }

    private void figure(Run run, String what, String since, StringBuilder text, List<String> footnotes) {
        Optional<List<Term>> types = actTypes(run, what);
        Optional<LocalDate> from = start(run, since);
        if (types.isEmpty() || from.isEmpty()) {
            text.append("[?]");
            return;
        }
        FigureText.Precision precision = precision(since);
        EvidenceService.Figure figure = evidence.figure(run.user, run.submission.stateCode(),
                types.get().stream().map(Term::code).toList(), from.get(), "en");
        String described = what.equalsIgnoreCase("all") ? "human rights violations"
                : FigureText.list(types.get().stream().map(Term::labelEn).toList());
        text.append(FigureText.sentence(figure.total(), evidence.threshold(), described, from.get(), precision));
        run.starts.add(from.get());
        run.cases.addAll(figure.cases());
        footnotes.add("Documentation of the submitting organisation" + (run.submission.submitters().size() > 1 ? "s" : "")
                + ": acts recorded as having taken place from " + FigureText.date(from.get(), FigureText.Precision.DAY)
                + " in " + run.submission.stateName("en") + " or by its authorities"
                + (figure.cases().isEmpty() ? "" : "; cases include " + String.join(", ", figure.cases())
                + " (pseudonymous case identifiers)") + ". Counts below " + evidence.threshold() + " are not published.");
    }

    private Optional<List<Term>> actTypes(Run run, String what) {
        List<Term> all = vocabularies.terms("act_type");
        if (what.equalsIgnoreCase("all")) {
            return Optional.of(all);
        }
        List<String> codes;
        if (what.toLowerCase(java.util.Locale.ROOT).startsWith("theme:")) {
            String theme = what.substring(6).strip();
            if (register.themes().stream().noneMatch(t -> t.code().equals(theme))) {
                run.findings.add(Finding.error("submission.check.unknown_theme", theme));
                return Optional.empty();
            }
            codes = register.actTypesOfTheme(theme);
        } else {
            codes = List.of(what.split("\\s*,\\s*"));
        }
        List<Term> terms = new ArrayList<>();
        for (String code : codes) {
            Optional<Term> term = all.stream().filter(t -> t.code().equals(code.strip())).findFirst();
            if (term.isEmpty()) {
                run.findings.add(Finding.error("submission.check.unknown_act_type", code.strip()));
                return Optional.empty();
            }
            terms.add(term.get());
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms);
    }

    private Optional<LocalDate> start(Run run, String since) {
        String text = since.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.equals("review") || text.equals("last review") || text.equals("previous review")) {
            Optional<LocalDate> day = run.previous.flatMap(Review::reviewDate);
            if (day.isEmpty()) {
                run.findings.add(Finding.error("submission.check.no_previous_review"));
            }
            return day;
        }
        try {
            return Optional.of(switch (precision(text)) {
                case DAY -> LocalDate.parse(text);
                case MONTH -> LocalDate.parse(text + "-01");
                case YEAR -> LocalDate.of(Integer.parseInt(text), 1, 1);
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            run.findings.add(Finding.error("submission.check.bad_date", since));
            return Optional.empty();
        }
    }

    private static FigureText.Precision precision(String since) {
        String text = since.strip();
        if (text.matches("\\d{4}")) {
            return FigureText.Precision.YEAR;
        }
        return text.matches("\\d{4}-\\d{2}") ? FigureText.Precision.MONTH : FigureText.Precision.DAY;
    }

    private void citation(Run run, String id, StringBuilder text, List<String> footnotes) {
        Optional<Recommendation> found = register.byExternalId(id);
        if (found.isEmpty()) {
            run.findings.add(Finding.error("submission.check.unknown_recommendation", id));
            text.append("[?]");
            return;
        }
        Recommendation r = found.get();
        if (!r.stateCode().equals(run.submission.stateCode())) {
            run.findings.add(Finding.error("submission.check.other_state", id, r.stateName("en")));
        }
        Optional<Assessment> assessment = assessments.of(r.id(), Period.SINCE_LAST_REVIEW)
                .or(() -> assessments.of(r.id(), Period.SINCE_ADOPTION));
        text.append('“').append(r.text().strip()).append("” (").append(r.recommendingNames("en")).append(", ")
                .append(ordinal(r.cycle())).append(" cycle; ")
                .append(r.response().map(x -> x.code()).orElse("no response recorded"))
                .append(assessment.map(a -> "; assessed as " + a.status().code().replace('_', ' ')
                        + (a.period() == Period.SINCE_LAST_REVIEW ? " since the last review" : " since its adoption"))
                        .orElse("")).append(')');
        footnotes.add(r.documentSymbol().map(s -> s + ", ").orElse("") + "UPR Working Group session " + r.session()
                + ", recommendation " + r.externalId() + assessment.filter(a -> !a.citedCases().isEmpty())
                .map(a -> "; assessment based on cases " + String.join(", ", a.citedCases())).orElse("") + ".");
        assessment.ifPresent(a -> run.cases.addAll(a.citedCases()));
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static void trimTrailingSpace(StringBuilder text) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
