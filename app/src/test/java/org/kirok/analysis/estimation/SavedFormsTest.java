package org.kirok.analysis.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kirok.analysis.JobProgress;
import org.kirok.engine.estimate.Criterion;
import org.kirok.engine.estimate.Method;
import org.kirok.store.InvalidInputException;

/** What is saved with an estimate reads back exactly, and the same table gives the same numbers again. */
class SavedFormsTest {
    private static final List<CaptureData.ListLabel> LISTS = List.of(new CaptureData.ListLabel("org:" + UUID.randomUUID(),
            "HDC", "한빛"), new CaptureData.ListLabel("kind:testimony", "testimonies", "증언"),
            new CaptureData.ListLabel("kind:document", "documents", "문서"));
    /** Darroch's three-list table (Rcapture's test data), index = pattern, bit i = list i: 414 observed. */
    private static final long[] DARROCH = {0, 71, 53, 155, 43, 7, 13, 72};

    private static CaptureData data() {
        return new CaptureData(LISTS, List.of(new CaptureData.Stratum("all", "전체", DARROCH)),
                new CaptureData.Notes(500, 3, 420, 414, 2, 17));
    }

    private static Parameters parameters() {
        return new Parameters(Method.LOGLINEAR, Criterion.BIC, 7, 2_000, 1);
    }

    @Test
    void inputs_read_back_as_they_were_saved() {
        EstimationRequest request = new EstimationRequest("Deaths in custody", LISTS.stream().map(l -> ListDefinition.parse(l.code()))
                .toList(), new Population(List.of("death_in_custody"), Optional.of(UUID.randomUUID()), Optional.of(2010),
                Optional.of(2019)), new Strata(Optional.of(5), true, false), parameters());
        String json = Inputs.inputsJson(request, Optional.of(new String[] {"Chongori", "전거리"}), data());
        Inputs.Saved saved = Inputs.read(request.title(), json);
        assertThat(saved.request().lists()).isEqualTo(request.lists());
        assertThat(saved.request().population()).isEqualTo(request.population());
        assertThat(saved.request().strata()).isEqualTo(request.strata());
        assertThat(saved.placeNameKo()).contains("전거리");
        assertThat(saved.data().strata().get(0).counts()).containsExactly(DARROCH);
        assertThat(saved.data().notes()).isEqualTo(data().notes());
        assertThat(Inputs.readParameters(Inputs.parametersJson(parameters()))).isEqualTo(parameters());
    }

    @Test
    void the_same_table_and_seed_give_the_same_results_and_they_survive_json() {
        List<MethodResult> first = EstimationRunner.run(data(), parameters(), new JobProgress());
        List<MethodResult> again = EstimationRunner.run(data(), parameters(), new JobProgress());
        assertThat(again).isEqualTo(first);
        assertThat(MethodResults.fromJson(MethodResults.toJson(first))).isEqualTo(first);
        assertThat(first).extracting(MethodResult::key).containsExactly("loglinear_aic", "loglinear_bic", "chapman", "lcmcr");
        assertThat(first.get(2).failure()).as("three lists").isPresent();
        assertThat(first.get(3).posterior()).isPresent();
        assertThat(first.get(0).compared()).hasSizeGreaterThan(1);
    }

    @Test
    void the_chart_is_well_formed_svg_without_script_or_style() throws Exception {
        List<MethodResult> results = EstimationRunner.run(data(), parameters(), new JobProgress());
        String svg = EstimateChart.svg(results, key -> "<" + key + ">", Optional.of(414L), "observed & more");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(svg).doesNotContain("<script").doesNotContain("style=").contains("&lt;lcmcr&gt;").contains("414");
    }

    @Test
    void rejects_requests_that_cannot_be_estimated_naming_the_field() {
        assertThatThrownBy(() -> new EstimationRequest("x", List.of(new ListDefinition.SourceKind("testimony")),
                new Population(List.of(), Optional.empty(), Optional.empty(), Optional.empty()), Strata.NONE, parameters()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("choose 2 to 15 lists");
        assertThatThrownBy(() -> new Population(List.of(), Optional.empty(), Optional.of(2019), Optional.of(2010)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends (2010) before it begins (2019)");
        assertThatThrownBy(() -> ListDefinition.parse("org:nobody")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("org:nobody");
        assertThatThrownBy(() -> ListDefinition.parse("kind:rumour")).hasMessageContaining("rumour");
        assertThatThrownBy(() -> new Parameters(Method.LCMCR, Criterion.AIC, 1, 10, 1)).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Strata(Optional.of(0), false, false)).hasMessageContaining("not 0");
    }
}
