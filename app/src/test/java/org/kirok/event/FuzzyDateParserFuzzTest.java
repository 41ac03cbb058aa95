package org.kirok.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kirok.store.InvalidInputException;

/**
 * Whatever a coder types into a date field, the parser either reads a well-formed date or refuses it naming the
 * field — never another exception, never an interval that ends before it starts. Regression inputs (every crash
 * the fuzzer ever found) live in src/test/resources/org/kirok/event/FuzzyDateParserFuzzTestInputs/.
 */
class FuzzyDateParserFuzzTest {

    @FuzzTest(maxDuration = "45s")
    void readsOrRefusesNamingTheField(String text) {
        try {
            FuzzyDate date = FuzzyDateParser.parse(text, "act_date");
            if (date.start().isPresent() && date.end().isPresent()) {
                assertThat(date.start().get()).isBeforeOrEqualTo(date.end().get());
            }
        } catch (InvalidInputException refused) {
            assertThat(refused.field()).contains("act_date");
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
