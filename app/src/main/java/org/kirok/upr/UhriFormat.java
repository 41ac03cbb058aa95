package org.kirok.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.store.InvalidInputException;
import org.kirok.transfer.TabularFile;

/**
 * The OHCHR Universal Human Rights Index export: Text, Countries Concerned, UPR Session, Document Symbol,
 * UPR Reccomending States (sic; the corrected spelling is accepted too), UPR Position, Themes, Affected Persons,
 * Sdgs, Document Publication Date, OHCHR Annotation Id. It carries no action category: ours is classified from the
 * first verb ({@link ActionClassifier}). Themes become issue tags through {@code upr/issue-aliases.tsv}. Lists are
 * separated by semicolons, vertical bars or line breaks; commas only when every part is a state.
 */
record UhriFormat(States states, ActionClassifier classifier) implements RecommendationFormat {
    static final List<String> COLUMNS = List.of("text", "countries_concerned", "upr_session", "upr_position",
            "ohchr_annotation_id");
    private static final Pattern SESSION = Pattern.compile("(?i)(?:session\\s*(\\d{1,3}))|(?:(\\d{1,3})\\s*(?:st|nd|rd|th)?\\s+session)|^\\s*(?:upr\\s*)?(\\d{1,3})\\s*$");

    @Override
    public String source() {
        return "uhri";
    }

    @Override
    public String keyColumn() {
        return "ohchr_annotation_id";
    }

    @Override
    public List<String> requiredColumns() {
        return COLUMNS;
    }

    @Override
    public RecommendationRow read(TabularFile.Line line, Issues issues) {
        String annotation = line.get("ohchr_annotation_id");
        if (annotation.isEmpty()) {
            throw new InvalidInputException("ohchr_annotation_id", "OHCHR Annotation Id is empty");
        }
        List<String> concerned = states(line, "countries_concerned");
        if (concerned.size() != 1) {
            throw new InvalidInputException("countries_concerned", "a UPR recommendation concerns one state under "
                    + "review; this row names " + (concerned.isEmpty() ? "none" : concerned.size()));
        }
        int session = session(line.get("upr_session"));
        String text = SourceText.unescape(line.get("text"));
        String position = line.get("upr_position");
        String recommendingColumn = line.cells().containsKey("upr_reccomending_states") ? "upr_reccomending_states"
                : "upr_recommending_states";
        List<String> themes = SourceText.split(line.get("themes"), ";|\n");
        return new RecommendationRow("uhri:" + annotation, source(), concerned.get(0), session, text,
                states(line, recommendingColumn), Response.fromWording(position, "upr_position"),
                Optional.of(position).filter(s -> !s.isEmpty()), classifier.classify(text), "classifier",
                issues.resolveAll(themes), Optional.of(line.get("document_symbol")).filter(s -> !s.isEmpty()),
                Optional.of(SourceText.unescape(line.get("affected_persons"))).filter(s -> !s.isEmpty()),
                Optional.empty(), Map.of());
    }

    static int session(String text) {
        Matcher matcher = SESSION.matcher(text);
        if (matcher.find()) {
            for (int group = 1; group <= 3; group++) {
                if (matcher.group(group) != null) {
                    int session = Integer.parseInt(matcher.group(group));
                    if (session >= 1 && session <= 300) {
                        return session;
                    }
                }
            }
        }
        throw new InvalidInputException("upr_session", "UPR Session must name a session number, e.g. '47' or "
                + "'47th session' (got '" + text + "')");
    }

    private List<String> states(TabularFile.Line line, String column) {
        List<String> codes = new ArrayList<>();
        for (String name : SourceText.split(line.get(column), ";|\n")) {
            Optional<String> code = states.resolve(name);
            if (code.isEmpty() && name.contains(",")) {
                List<Optional<String>> parts = SourceText.split(name, ",").stream().map(states::resolve).toList();
                if (parts.stream().allMatch(Optional::isPresent)) {
                    parts.forEach(p -> add(codes, p.get()));
                    continue;
                }
            }
            add(codes, code.orElseThrow(() -> new InvalidInputException(column, "'" + name
                    + "' is not a state Kirok knows; use its UN name or ISO 3166 code")));
        }
        return codes;
    }

    private static void add(List<String> codes, String code) {
        if (!codes.contains(code)) {
            codes.add(code);
        }
    }
}
