package org.kirok.analysis.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kirok.analysis.Fixtures;
import org.kirok.analysis.linkage.Decision;
import org.kirok.analysis.linkage.PersonPair;
import org.kirok.audit.Actor;
import org.kirok.document.DocumentDraft;
import org.kirok.document.SourceKind;
import org.kirok.engine.estimate.Criterion;
import org.kirok.engine.estimate.Method;
import org.kirok.event.ActDraft;
import org.kirok.event.FuzzyDate;
import org.kirok.organisation.OrganisationDraft;
import org.kirok.organisation.OrganisationKind;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

/**
 * Estimates from records built to a known capture table: deaths in custody 2010–2019, documented by two NGOs
 * (one through a unit), 12 victims on the first list only, 8 on the second only, 10 on both — and acts that must
 * stay outside (another act type, another decade, no date).
 */
@Tag("store")
class EstimationServiceTest {
    static TestSystem system;
    static EstimationService estimation;
    static User analyst;
    static UUID ngoA;
    static UUID ngoB;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        estimation = system.kirok().features().analysis().estimation();
        analyst = Fixtures.user(system, "estimator", Role.ANALYST);
        var features = system.kirok().features();
        system.kirok().jdbi().useTransaction(handle -> {
            ngoA = features.organisations().create(handle, Actor.SYSTEM, organisation("North Star Archive", "NSA", Optional.empty()));
            UUID unit = features.organisations().create(handle, Actor.SYSTEM, organisation("NSA Seoul office", "NSA-S", Optional.of(ngoA)));
            ngoB = features.organisations().create(handle, Actor.SYSTEM, organisation("Families Network", "FN", Optional.empty()));
            UUID docA = document(handle, ngoA);
            UUID docUnit = document(handle, unit);
            UUID docB = document(handle, ngoB);
            DOCUMENTS.put(ngoA, docA);
            DOCUMENTS.put(ngoB, docB);
            for (int i = 0; i < 12; i++) {
                act(handle, "death_in_custody", FuzzyDate.year(2012 + i % 5), i % 2 == 0 ? docA : docUnit);
            }
            for (int i = 0; i < 8; i++) {
                act(handle, "death_in_custody", FuzzyDate.year(2015), docB);
            }
            for (int i = 0; i < 10; i++) {
                act(handle, "death_in_custody", FuzzyDate.day(LocalDate.of(2017, 3, 1 + i)), docA, docB);
            }
            act(handle, "torture", FuzzyDate.year(2012), docA, docB);
            act(handle, "death_in_custody", FuzzyDate.year(2001), docA);
            act(handle, "death_in_custody", FuzzyDate.UNKNOWN, docB);
        });
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static OrganisationDraft organisation(String name, String abbreviation, Optional<UUID> parent) {
        return new OrganisationDraft(OrganisationKind.NGO, name, Optional.empty(), Optional.of(abbreviation), Optional.of("KR"),
                parent, Optional.empty(), Optional.empty());
    }

    private static final java.util.Map<UUID, UUID> DOCUMENTS = new java.util.HashMap<>();

    private static UUID docOf(UUID organisation) {
        return DOCUMENTS.get(organisation);
    }

    private static UUID document(org.jdbi.v3.core.Handle handle, UUID organisation) {
        return system.kirok().features().documents().create(handle, Actor.SYSTEM, new DocumentDraft(SourceKind.DOCUMENT,
                "Fictional list " + UUID.randomUUID(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(organisation), Confidentiality.INTERNAL,
                Optional.empty()));
    }

    /** A victim with one act supported by these sources; returns the victim. */
    private static UUID act(org.jdbi.v3.core.Handle handle, String type, FuzzyDate date, UUID... sources) {
        var features = system.kirok().features();
        UUID victim = features.persons().create(handle, Actor.SYSTEM, new org.kirok.person.PersonDraft(
                List.of(org.kirok.person.PersonName.asGiven("가상 " + UUID.randomUUID().toString().substring(0, 6))),
                Optional.empty(), Optional.empty(), org.kirok.person.BirthPrecision.UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty()));
        features.acts().create(handle, Actor.SYSTEM, new ActDraft(type, victim, date, Optional.empty(), Optional.empty(),
                List.of(), java.util.Arrays.stream(sources).map(source -> new ActDraft.InformationDraft(source, "high",
                        Optional.empty(), Optional.empty())).toList(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Confidentiality.INTERNAL, Optional.empty()));
        return victim;
    }

    private static EstimationRequest request(String title, Strata strata, List<String> types, Method primary) {
        return new EstimationRequest(title, List.of(new ListDefinition.Organisation(ngoA), new ListDefinition.Organisation(ngoB)),
                new Population(types, Optional.empty(), Optional.of(2010), Optional.of(2019)), strata,
                new Parameters(primary, Criterion.AIC, 5, 2_000, 1));
    }

    private static SavedEstimate computed(UUID id) {
        return Fixtures.await(() -> estimation.view(analyst, id), estimate -> !estimate.running());
    }

    @Test
    void builds_the_capture_table_from_the_lists_and_the_population() {
        SavedEstimate estimate = computed(estimation.start(analyst, request("Deaths in custody", Strata.NONE,
                List.of("death_in_custody"), Method.CHAPMAN)));
        assertThat(estimate.status()).as(estimate.error().orElse("")).isEqualTo("done");
        assertThat(estimate.data().strata()).hasSize(1);
        assertThat(estimate.data().strata().get(0).counts()).containsExactly(0, 12, 8, 10);
        assertThat(estimate.data().lists()).extracting(CaptureData.ListLabel::nameEn).containsExactly("NSA", "FN");
        assertThat(estimate.data().notes().undatedLeftOut()).isOne();
        double chapman = (12 + 10 + 1.0) * (8 + 10 + 1.0) / (10 + 1) - 1;
        assertThat(estimate.primary().orElseThrow().estimate().orElseThrow()).isCloseTo(chapman, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(estimate.results()).extracting(MethodResult::key).containsExactly("loglinear_aic", "loglinear_bic", "chapman", "lcmcr");
        assertThat(estimate.results()).allSatisfy(result -> assertThat(result.estimate().orElse(30.0)).isGreaterThanOrEqualTo(30));
    }

    @Test
    void a_same_judgment_makes_two_records_one_individual_on_both_lists() {
        // its own population (forced labour), so that the other tests' tables stay as built
        UUID[] victims = system.kirok().jdbi().inTransaction(handle -> new UUID[] {
            act(handle, "forced_labour", FuzzyDate.year(2013), docOf(ngoA)), act(handle, "forced_labour", FuzzyDate.year(2014), docOf(ngoB)),
            act(handle, "forced_labour", FuzzyDate.year(2014), docOf(ngoA), docOf(ngoB))});
        EstimationRequest forcedLabour = request("Forced labour", Strata.NONE, List.of("forced_labour"), Method.LOGLINEAR);
        assertThat(computed(estimation.start(analyst, forcedLabour)).data().strata().get(0).counts()).containsExactly(0, 1, 1, 1);
        system.kirok().features().analysis().linkage().judge(analyst, PersonPair.of(victims[0], victims[1]), Decision.SAME,
                Optional.empty(), Optional.empty());
        SavedEstimate linked = computed(estimation.start(analyst, forcedLabour));
        assertThat(linked.data().strata().get(0).counts()).containsExactly(0, 0, 0, 2);
        assertThat(linked.data().notes().records()).isEqualTo(3);
        assertThat(linked.data().notes().individuals()).isEqualTo(2);
        assertThat(linked.data().notes().judgmentSeq()).isPositive();
    }

    @Test
    void rerunning_on_the_same_table_reproduces_every_result() {
        SavedEstimate original = computed(estimation.start(analyst, request("To reproduce", Strata.NONE, List.of("death_in_custody"),
                Method.LCMCR)));
        SavedEstimate again = computed(estimation.rerun(analyst, original.id(), EstimationService.Rerun.SAME_TABLE));
        assertThat(again.rerunOf()).contains(original.id());
        assertThat(again.data().strata().get(0).counts()).containsExactly(original.data().strata().get(0).counts());
        assertThat(again.results()).isEqualTo(original.results());
        assertThat(estimation.original(analyst, again)).map(SavedEstimate::id).contains(original.id());
    }

    @Test
    void strata_are_estimated_one_by_one_and_added_up() {
        SavedEstimate estimate = computed(estimation.start(analyst, request("By act type", new Strata(Optional.empty(), false, true),
                List.of("death_in_custody", "torture"), Method.LOGLINEAR)));
        assertThat(estimate.data().strata()).extracting(CaptureData.Stratum::nameEn).containsExactly("Death in custody", "Torture");
        MethodResult primary = estimate.primary().orElseThrow();
        assertThat(primary.strata()).hasSize(2);
        assertThat(primary.warnings()).anyMatch(warning -> warning.contains("Torture"));
    }

    @Test
    void rejects_what_cannot_be_estimated_naming_the_field() {
        assertThatThrownBy(() -> estimation.start(analyst, request("x", Strata.NONE, List.of("no_such_type"), Method.LCMCR)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no_such_type")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(Optional.of("act_types"));
        assertThatThrownBy(() -> estimation.start(analyst, new EstimationRequest("x", List.of(new ListDefinition.SourceKind("media"),
                new ListDefinition.SourceKind("testimony")), new Population(List.of(), Optional.empty(), Optional.empty(),
                Optional.empty()), Strata.NONE, Parameters.DEFAULTS)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody in this population is on any of the chosen lists");
        assertThatThrownBy(() -> estimation.start(analyst, new EstimationRequest("x", List.of(new ListDefinition.Organisation(ngoA),
                new ListDefinition.Organisation(ngoB), new ListDefinition.SourceKind("document")), new Population(List.of(),
                Optional.empty(), Optional.empty(), Optional.empty()), Strata.NONE, new Parameters(Method.CHAPMAN, Criterion.AIC, 1,
                2_000, 1)))).hasMessageContaining("exactly two lists");
    }

    @Test
    void readers_without_identity_access_see_aggregates_and_no_small_counts() {
        UUID id = estimation.start(analyst, request("For advocacy", Strata.NONE, List.of("death_in_custody"), Method.CHAPMAN));
        computed(id);
        Api advocacy = system.api(system.tokenFor("advocacy-reader", Role.ADVOCACY_OFFICER));
        Api.Response read = advocacy.get("/api/v1/estimates/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        var patterns = read.json().get("capture").get(0).get("patterns");
        assertThat(patterns.get(0).get("count").asLong()).as("12 people, on NSA only").isEqualTo(12);
        assertThat(patterns.get(1).get("count").isNull()).as("8 is hidden").isTrue();
        assertThat(patterns.get(2).get("count").isNull()).as("10 is hidden").isTrue();
        assertThat(read.json().get("results").get(2).get("estimate").asDouble()).isGreaterThan(30);
        Api analystApi = system.api(system.tokenFor("analyst-reader", Role.ANALYST));
        assertThat(analystApi.get("/api/v1/estimates/" + id).json().get("capture").get(0).get("patterns").get(1).get("count").asLong())
                .isEqualTo(8);
        for (Role role : List.of(Role.CODER, Role.PARTNER)) {
            Api other = system.api(system.tokenFor("no-" + role.code(), role));
            assertThat(other.get("/api/v1/estimates/" + id).status()).as(role.code()).isEqualTo(403);
        }
    }

    @Test
    void the_api_asks_for_an_estimate_and_says_which_field_is_wrong() {
        Api analystApi = system.api(system.tokenFor("api-estimator", Role.ANALYST));
        Api.Response wrong = analystApi.post("/api/v1/estimates", "{\"title\":\"x\",\"lists\":[\"org:" + ngoA + "\",\"kind:rumour\"]}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").get("field").asText()).isEqualTo("lists");
        Api.Response asked = analystApi.post("/api/v1/estimates", "{\"title\":\"By API\",\"lists\":[\"org:" + ngoA + "\",\"org:" + ngoB
                + "\"],\"act_types\":[\"death_in_custody\"],\"from\":2010,\"to\":2019,\"method\":\"chapman\",\"iterations\":2000,\"chains\":1}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        SavedEstimate estimate = computed(UUID.fromString(asked.json().get("id").asText()));
        assertThat(estimate.data().strata().get(0).counts()).containsExactly(0, 12, 8, 10);
    }
}
