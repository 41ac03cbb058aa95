package org.kirok.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.submission.Check;
import org.kirok.submission.Finding;
import org.kirok.submission.SubmissionDraft;
import org.kirok.submission.SubmissionKind;
import org.kirok.submission.SubmissionService;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Evidence, assessments and submission checks on the fictional demo dataset, over HTTP and through the services. */
class UprDemoTest {
    static TestSystem system;
    static Api analyst;
    static User advocate;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        analyst = system.api(system.tokenFor("demoanalyst", Role.ANALYST));
        UUID id = system.createUser("demoadvocate", Role.ADVOCACY_OFFICER, "a long and private sentence");
        advocate = system.kirok().jdbi().withHandle(handle -> system.kirok().core().users().byId(handle, id)).orElseThrow();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String idOf(String externalId) {
        return system.kirok().features().upr().register().byExternalId(externalId).orElseThrow().id().toString();
    }

    @Test
    void evidence_counts_acts_since_the_adoption_and_cites_cases_by_code_only() {
        String id = idOf("demo:KP-33-1");
        assertThat(analyst.get("/api/v1/upr/recommendations/" + id + "/evidence?period=since_last_review").json()
                .get("from").asText()).as("the DPRK's last review").isEqualTo("2024-11-07");
        JsonNode evidence = analyst.get("/api/v1/upr/recommendations/" + id + "/evidence?period=since_adoption").json();
        assertThat(evidence.get("from").asText()).isEqualTo("2019-09-19");
        assertThat(evidence.get("counts").findValuesAsText("act_type")).contains("unfair_trial", "arbitrary_detention");
        assertThat(evidence.get("total").isNumber()).isTrue();
        assertThat(evidence.get("total").asLong()).isGreaterThan(10);
        assertThat(evidence.get("cited_cases")).isNotEmpty();
        evidence.get("cited_cases").forEach(code -> assertThat(code.asText()).matches("A-[A-Z0-9]{7}"));
        assertThat(evidence.toString()).doesNotContain("victim").doesNotContain("name");
    }

    @Test
    void no_published_count_of_evidence_lies_between_one_and_the_threshold() {
        List<Long> seen = new ArrayList<>();
        JsonNode items = analyst.get("/api/v1/upr/recommendations?size=100").json().get("items");
        for (JsonNode item : items) {
            for (Period period : Period.values()) {
                JsonNode evidence = analyst.get("/api/v1/upr/recommendations/" + item.get("id").asText()
                        + "/evidence?period=" + period.code()).json();
                for (JsonNode count : evidence.get("counts")) {
                    if (!count.get("count").isNull()) {
                        seen.add(count.get("count").asLong());
                    }
                }
            }
        }
        assertThat(seen).isNotEmpty().allSatisfy(count -> assertThat(count == 0 || count >= 11).as("count %d", count).isTrue());
    }

    @Test
    void an_analyst_assesses_with_visible_cases_only_and_the_matrix_exports_it() {
        String id = idOf("demo:KP-33-2");
        Api.Response bad = analyst.put("/api/v1/upr/recommendations/" + id + "/assessments/since_adoption",
                "{\"status\":\"not_implemented\",\"cited_cases\":[\"A-NOPE123\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").get("field").asText()).isEqualTo("cited_cases");
        assertThat(bad.json().get("error").get("message").asText()).contains("A-NOPE123");
        JsonNode evidence = analyst.get("/api/v1/upr/recommendations/" + id + "/evidence?period=since_adoption").json();
        String cited = evidence.get("cited_cases").get(0).asText();
        Api.Response good = analyst.put("/api/v1/upr/recommendations/" + id + "/assessments/since_adoption",
                "{\"status\":\"partially_implemented\",\"note\":\"Some hearings are public.\",\"cited_cases\":[\""
                        + cited.toLowerCase() + "\"]}");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("cited_cases").get(0).asText()).isEqualTo(cited);
        Api.Response csv = analyst.get("/api/v1/upr/matrix/export/csv?state=KP&cycle=3");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("demo:KP-33-2").contains("partially_implemented").contains(cited)
                .contains("demo:KP-33-1").contains("not_implemented");
        JsonNode matrix = analyst.get("/api/v1/upr/matrix?state=KP&cycle=3").json();
        assertThat(matrix.size()).isEqualTo(6);
        assertThat(analyst.get("/api/v1/upr/matrix/export/pdf?state=KP&cycle=3").status()).isEqualTo(404);
    }

    @Test
    void a_submission_counts_words_without_footnotes_and_checks_state_period_and_submitters() {
        SubmissionService submissions = system.kirok().features().submissions().service();
        UUID hanbit = organisation("demo-org-NGO-HANBIT");
        UUID id = submissions.create(advocate, new SubmissionDraft("Test joint submission", "DPR Korea", 47,
                SubmissionKind.JOINT, "en", Optional.of(100), Optional.empty(), List.of(hanbit), Confidentiality.INTERNAL));
        var submission = submissions.view(advocate, id);
        Check check = submissions.check(advocate, submission, Optional.of("""
                # Fair trial
                Since the review the submitters record {{cases:unfair_trial since review}}.((A long footnote that is \
                not counted against the limit at all, however many words it has.))

                In 2019 the DPRK supported {{rec:demo:KP-33-1}} but noted {{rec:demo:CN-45-1}}.

                {{cases:torture since 2010}} and {{cases:beatings since review}} and {{weather}}.
                """));
        assertThat(check.rendered().blocks()).hasSize(4);
        assertThat(check.rendered().blocks().get(1).toString()).contains("documented cases of unfair trial since 9 May 2019");
        assertThat(keys(check)).contains("submission.check.joint_needs_two", "submission.check.other_state",
                "submission.check.before_period", "submission.check.unknown_act_type", "submission.check.unknown_token");
        assertThat(check.rendered().words()).isLessThan(100 + 40);
        assertThat(check.rendered().citedCases()).allSatisfy(code -> assertThat(code).matches("A-[A-Z0-9]{7}"));
        assertThat(check.blocking()).isTrue();
        Check clean = submissions.check(advocate, submission, Optional.of("One short paragraph."));
        assertThat(clean.words()).isEqualTo(3);
        assertThat(keys(clean)).containsExactlyInAnyOrder("submission.check.joint_needs_two",
                "submission.check.deadline_passed");
        int version = submissions.saveBody(advocate, id, submission.version(), "{{rec:nothing}}");
        assertThat(version).isEqualTo(2);
        assertThatThrownBy(() -> submissions.export(advocate, id, DocumentFormat.DOCX))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing");
        assertThat(submissions.versions(advocate, id)).hasSize(1);
        assertThatThrownBy(() -> submissions.saveBody(advocate, id, 1, "stale")).isInstanceOf(
                org.kirok.store.StaleEditException.class);
    }

    @Test
    void a_submission_over_its_limit_says_how_many_words_to_cut() {
        SubmissionService submissions = system.kirok().features().submissions().service();
        UUID id = submissions.create(advocate, new SubmissionDraft("Long individual submission", "KP", 47,
                SubmissionKind.INDIVIDUAL, "en", Optional.of(100), Optional.empty(),
                List.of(organisation("demo-org-NGO-HANBIT")), Confidentiality.INTERNAL));
        Check check = submissions.check(advocate, submissions.view(advocate, id),
                Optional.of(String.join(" ", java.util.Collections.nCopies(130, "word"))));
        assertThat(check.overLimit()).isTrue();
        Finding over = check.findings().stream().filter(f -> f.key().equals("submission.check.over_limit")).findFirst()
                .orElseThrow();
        assertThat(over.message(org.kirok.web.Messages.of("en"))).contains("130 words").contains("by 30 words");
        assertThat(check.blocking()).isFalse();
        assertThat(new String(submissions.export(advocate, id, DocumentFormat.DOCX), 0, 2,
                StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private static List<String> keys(Check check) {
        return check.findings().stream().map(Finding::key).toList();
    }

    private static UUID organisation(String externalId) {
        return system.kirok().jdbi().withHandle(handle -> system.kirok().features().organisations()
                .idByExternalId(handle, externalId)).orElseThrow();
    }
}
