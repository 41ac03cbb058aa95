package org.kirok.analysis.estimation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kirok.engine.estimate.CaptureTable;
import org.kirok.store.InvalidInputException;

/** Everything an analyst asks for in one estimate: a title, the lists, the population, the strata, the parameters. */
public record EstimationRequest(String title, List<ListDefinition> lists, Population population, Strata strata,
                                Parameters parameters) {

    public EstimationRequest {
        title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("title", "give the estimate a title of 1 to 200 characters");
        }
        lists = List.copyOf(lists);
        if (lists.size() < CaptureTable.MIN_LISTS || lists.size() > CaptureTable.MAX_LISTS) {
            throw new InvalidInputException("lists", "choose " + CaptureTable.MIN_LISTS + " to " + CaptureTable.MAX_LISTS
                    + " lists (organisations or kinds of source), not " + lists.size());
        }
        Set<String> codes = new HashSet<>();
        for (ListDefinition list : lists) {
            if (!codes.add(list.code())) {
                throw new InvalidInputException("lists", "the list " + list.code() + " is chosen twice");
            }
        }
    }
}
