package org.kirok.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.app.Features;
import org.kirok.audit.Actor;
import org.kirok.statement.Delivery;
import org.kirok.statement.DebateKind;
import org.kirok.statement.StatementDraft;
import org.kirok.store.Confidentiality;
import org.kirok.submission.SubmissionDraft;
import org.kirok.submission.SubmissionKind;
import org.kirok.upr.AssessmentStatus;
import org.kirok.upr.Period;
import org.kirok.upr.RecommendationDraft;
import org.kirok.upr.Response;

/**
 * The UPR part of the demo: a handful of recommendations to the DPRK (cycles 3 and 4) and to China (cycle 4) —
 * illustrative paraphrases written for the demo, marked with the source "demo", not the official wording — two of
 * them linked to the laws they are about and assessed against the demo's acts; a started joint submission of the
 * two fictional NGOs for the DPRK's fourth review (session 47, reviewed 7 November 2024); and an oral statement at
 * HRC58 with its delivery. The reviews' dates come with the schema.
 */
final class DemoUpr {
    private static final String NOTE = "demo: illustrative paraphrase, not the official wording";

    private final Features features;
    private final DemoReference refs;

    DemoUpr(Features features, DemoReference refs) {
        this.features = features;
        this.refs = refs;
    }

    void load(Handle handle) {
        UUID fairTrial = recommendation(handle, "KP-33-1", "KP", 33, "Guarantee the right to a fair trial, including "
                + "access to a lawyer of one's choice from the moment of arrest and public hearings before an independent "
                + "court.", "Germany", Response.SUPPORTED, List.of("justice", "detention"));
        recommendation(handle, "KP-33-2", "KP", 33, "Ensure that no one is detained without due process and that every "
                + "detained person is promptly brought before a judge.", "Canada", Response.SUPPORTED,
                List.of("justice", "detention"));
        UUID expression = recommendation(handle, "KP-33-3", "KP", 33, "Guarantee freedom of opinion and expression, "
                + "including access to information from abroad, and end the punishment of persons for watching or "
                + "sharing foreign media.", "Sweden", Response.NOTED, List.of("expression", "press"));
        recommendation(handle, "KP-33-4", "KP", 33, "Allow citizens to travel abroad freely and refrain from punishing "
                + "persons returned from abroad.", "Republic of Korea", Response.NOTED, List.of("movement"));
        recommendation(handle, "KP-33-5", "KP", 33, "Close all political prison camps and release political prisoners.",
                "United States", Response.NOTED, List.of("detention", "state_agents"));
        recommendation(handle, "KP-33-6", "KP", 33, "Cooperate fully with the Special Rapporteur on the situation of "
                + "human rights in the Democratic People's Republic of Korea, including by allowing a country visit.",
                "United Kingdom", Response.NOTED, List.of("special_procedures"));
        UUID laws = recommendation(handle, "KP-47-1", "KP", 47, "Repeal the Reactionary Thought and Culture Rejection "
                + "Law and the Pyongyang Cultural Language Protection Act, so that no one is punished for exercising the "
                + "right to freedom of expression.", "Australia", Response.NOTED, List.of("expression"));
        recommendation(handle, "KP-47-2", "KP", 47, "Guarantee safeguards against torture and ill-treatment in all "
                + "places of detention, including holding centres for persons returned from China.", "France",
                Response.SUPPORTED, List.of("torture", "detention"));
        recommendation(handle, "CN-45-1", "CN", 45, "Respect the principle of non-refoulement and refrain from forcibly "
                + "returning escapees from the Democratic People's Republic of Korea, who face torture on return.",
                "Republic of Korea", Response.NOTED, List.of("asylum_refugees"));
        var links = features.upr().laws();
        links.link(handle, Actor.SYSTEM, laws, Optional.empty(), Optional.of(refs.articles.get("RTCRL-27")));
        links.link(handle, Actor.SYSTEM, laws, Optional.empty(), Optional.of(refs.articles.get("PCLPA-58")));
        LocalDate adopted = LocalDate.of(2019, 9, 19); // the cycle-3 outcome's adoption, as the schema records it
        assess(handle, fairTrial, List.of("unfair_trial"), adopted, "Trials lasting minutes without counsel "
                + "continue to be reported by people returned from China.");
        assess(handle, expression, List.of("punishment_for_expression"), adopted, "Arrests for foreign media rose "
                + "after the 2020 law.");
        submission(handle);
        statement(handle);
    }

    private UUID recommendation(Handle handle, String key, String state, int session, String text, String recommending,
                                Response response, List<String> issues) {
        return features.upr().register().create(handle, Actor.SYSTEM, new RecommendationDraft(state, session, text,
                List.of(recommending), Optional.of(response), Optional.of(NOTE), issues, Optional.empty(),
                Optional.empty()), "demo", "demo:" + key);
    }

    private void assess(Handle handle, UUID recommendation, List<String> types, LocalDate since, String note) {
        List<String> cases = features.upr().evidence().cases(handle, "KP", types, since, 3);
        features.upr().assessments().record(handle, Actor.SYSTEM, Optional.empty(), recommendation,
                Period.SINCE_ADOPTION, AssessmentStatus.NOT_IMPLEMENTED, Optional.of(note), cases, Optional.empty());
    }

    private void submission(Handle handle) {
        String body = """
                # Fair trial and the administration of justice

                Since its previous review, the documentation of the submitting organisations records \
                {{cases:unfair_trial,arbitrary_detention since review}} in the Democratic People's Republic of Korea \
                or by its authorities.((Demo: every case in this draft is fictional.))

                In its previous review the DPRK supported {{rec:demo:KP-33-1}}.

                - Guarantee access to counsel from the moment of arrest, in law and in practice.
                """;
        features.submissions().service().create(handle, Actor.SYSTEM, Optional.empty(),
                Optional.of(refs.organisation("NGO-HANBIT")), new SubmissionDraft(
                        "Joint submission on the DPRK for its fourth UPR (demo draft)", "KP", 47, SubmissionKind.JOINT,
                        "en", Optional.empty(), Optional.of(LocalDate.of(2019, 5, 9)),
                        List.of(refs.organisation("NGO-HANBIT"), refs.organisation("NGO-SAEBYEOK")),
                        Confidentiality.INTERNAL), body);
    }

    private void statement(Handle handle) {
        String text = """
                Thank you, Mr President.

                The Hanbit Documentation Centre and the Saebyeok Rights Network welcome the report of the Special \
                Rapporteur. Our organisations are fictional, and so is this statement: it shows how Kirok times a \
                statement against the ninety seconds of an interactive dialogue.

                Since the last Universal Periodic Review, the people we interviewed after their escape describe the same \
                pattern. Women and men returned from China are held in holding centres near the border, questioned by \
                the Ministry of State Security, and sent to labour without a lawyer or a public hearing. Families learn \
                nothing of where their relatives are. Young people are arrested for watching South Korean dramas under \
                the Reactionary Thought and Culture Rejection Law, and some of them receive long sentences of reform \
                through labour. Families of those taken to political prison camps have waited for decades without any \
                word, and the state has never acknowledged that the camps exist.

                We ask the Special Rapporteur how the Council can make accepted recommendations on fair trial matter \
                to those who are tried in minutes. We call on the Democratic People's Republic of Korea to repeal the \
                laws that punish expression, to give every detained person access to counsel, and to tell families \
                where their relatives are held. We call on all states to respect the principle of non-refoulement and to \
                stop returning people who face torture.

                We thank the Special Rapporteur and the victims who spoke to us despite the risk.
                """;
        String korean = "의장님, 감사합니다. 한빛기록센터와 새벽인권네트워크(모두 가상 단체)는 특별보고관의 보고서를 환영합니다. "
                + "중국에서 송환된 사람들은 변호인도 공개 재판도 없이 노동단련형을 받고 있습니다. 우리는 표현을 처벌하는 법의 폐지와 "
                + "강제송환 금지 원칙의 존중을 촉구합니다.";
        UUID id = features.statements().service().create(handle, Actor.SYSTEM, Optional.empty(),
                Optional.of(refs.organisation("NGO-HANBIT")), new StatementDraft(
                        "Interactive dialogue with the Special Rapporteur on the DPRK (demo)", 58, "Item 4",
                        DebateKind.INTERACTIVE_DIALOGUE, Optional.of("Interactive dialogue with the Special Rapporteur "
                        + "on the situation of human rights in the DPRK"), Optional.of("Speaker of the Hanbit "
                        + "Documentation Centre (fictional)"), text, korean, Optional.empty(), Optional.empty(),
                        List.of(refs.organisation("NGO-HANBIT"), refs.organisation("NGO-SAEBYEOK")),
                        Confidentiality.INTERNAL));
        features.statements().service().recordDelivery(handle, Actor.SYSTEM, Optional.empty(), id,
                new Delivery(UUID.randomUUID(), LocalDate.of(2025, 3, 19), "Speaker of the Hanbit Documentation Centre "
                        + "(fictional)", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("Demo record: no recording is linked.")));
    }
}
