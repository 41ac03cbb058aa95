package org.kirok.upr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kirok.store.InvalidInputException;
import org.kirok.transfer.TabularFile;

/**
 * UPR Info's database export as in ../shared/data/upr: rec_id, cycle, session, state_under_review,
 * sur_regional_group, sur_organisations, recommendation, recommending_state, rs_regional_group, rs_organisations,
 * response_upr_info, response_normalized, action_category, issues (comma-separated), source_file, source_row.
 * A recommending state "(Unknown)" is kept as none; a missing action category is classified.
 */
record UprInfoFormat(States states, ActionClassifier classifier) implements RecommendationFormat {
    static final List<String> COLUMNS = List.of("rec_id", "session", "state_under_review", "recommendation",
            "recommending_state", "action_category", "issues");

    @Override
    public String source() {
        return "upr-info";
    }

    @Override
    public String keyColumn() {
        return "rec_id";
    }

    @Override
    public List<String> requiredColumns() {
        return COLUMNS;
    }

    @Override
    public RecommendationRow read(TabularFile.Line line, Issues issues) {
        String id = line.get("rec_id");
        if (id.isEmpty()) {
            throw new InvalidInputException("rec_id", "rec_id is empty");
        }
        int session = Cells.number(line, "session", 1, 300);
        String cycle = line.get("cycle");
        if (!cycle.isEmpty() && !cycle.equals(String.valueOf(RecommendationRow.cycleOf(session)))) {
            throw new InvalidInputException("cycle", "cycle " + cycle + " does not match session " + session
                    + ", which belongs to cycle " + RecommendationRow.cycleOf(session));
        }
        String state = Cells.state(states, line, "state_under_review");
        String text = SourceText.unescape(line.get("recommendation"));
        Map<String, String> groups = new HashMap<>();
        Cells.group(line, "sur_regional_group").ifPresent(group -> groups.put(state, group));
        String recommendingName = SourceText.unescape(line.get("recommending_state"));
        List<String> recommending = List.of();
        if (!recommendingName.isEmpty() && !recommendingName.equalsIgnoreCase("(Unknown)")) {
            String code = states.resolve(recommendingName).orElseThrow(() -> new InvalidInputException(
                    "recommending_state", "'" + recommendingName + "' is not a state Kirok knows; use its UN name"));
            recommending = List.of(code);
            Cells.group(line, "rs_regional_group").ifPresent(group -> groups.put(code, group));
        }
        String normalized = line.get("response_normalized");
        String raw = line.get("response_upr_info");
        Optional<Response> response = Response.fromWording(normalized.isEmpty() ? raw : normalized,
                normalized.isEmpty() ? "response_upr_info" : "response_normalized");
        String category = line.get("action_category");
        int actionCategory = category.isEmpty() ? classifier.classify(text) : Cells.number(line, "action_category", 1, 5);
        String sourceRow = line.get("source_file").isEmpty() ? null
                : line.get("source_file") + (line.get("source_row").isEmpty() ? "" : ":" + line.get("source_row"));
        return new RecommendationRow(id, source(), state, session, text, recommending, response,
                Optional.of(raw.isEmpty() ? normalized : raw).filter(s -> !s.isEmpty()), actionCategory,
                category.isEmpty() ? "classifier" : "upr-info", issues.resolveAll(SourceText.split(line.get("issues"), ",")),
                Optional.empty(), Optional.empty(), Optional.ofNullable(sourceRow), groups);
    }
}
