package org.kirok.demo;

import java.time.LocalDate;
import java.util.List;
import org.kirok.portal.PostCategory;

/**
 * The texts of the demo portal, written for Kirok: fictional organisations, no person named, the UN mechanisms as
 * the domain primer describes them. Each version starts with "# Title".
 */
final class DemoPortalTexts {
    enum State { PUBLISHED, SCHEDULED, DRAFT, WITHDRAWN }

    record Page(String slug, String en, String ko) {
    }

    record Item(PostCategory category, LocalDate date, State state, boolean withSubmission, String en, String ko,
                String summaryEn, String summaryKo) {
    }

    private DemoPortalTexts() {
    }

    static final List<Page> PAGES = List.of(
        new Page("advocacy-and-campaigns", """
                # Advocacy and campaigns
                We bring documented cases to the **United Nations**: submissions to the Universal Periodic Review, oral and written statements at the Human Rights Council, and communications to the Special Procedures.

                - Joint submissions with partner organisations for each review cycle
                - Statements in interactive dialogues with the Special Rapporteur
                - Campaigns against forced repatriation (non-refoulement)
                """, """
                # 옹호 및 캠페인
                기록한 사건을 **유엔**에 전합니다: 보편적 정례 인권 검토(UPR) 보고서 제출, 인권이사회 구두·서면 발언, 특별절차에 대한 진정.

                - 검토 주기마다 협력 단체와 공동 보고서 제출
                - 특별보고관과의 상호대화에서 발언
                - 강제송환 반대 캠페인 (강제송환 금지 원칙)
                """),
        new Page("youth-programmes", """
                # Youth programmes
                Mentoring, language courses and leadership training for young people who have resettled in the South, run with volunteers.
                """, """
                # 청년 프로그램
                남한에 정착한 청년을 위한 멘토링, 어학 과정, 리더십 교육을 자원봉사자와 함께 운영합니다.
                """),
        new Page("public-education", """
                # Public education
                Lectures, exhibitions and school visits about human rights in North Korea. Our published figures are on the [figures page](/public/statistics).
                """, """
                # 시민 교육
                북한 인권에 관한 강연, 전시, 학교 방문 교육을 진행합니다. 공개 수치는 [통계 페이지](/public/statistics)에서 볼 수 있습니다.
                """),
        new Page("refugee-rescue", """
                # Refugee rescue
                We support people at risk of forced repatriation: legal information, urgent appeals to UN mechanisms and to governments, and help on the way to safety.
                """, """
                # 난민 구출
                강제송환 위험에 처한 이들을 지원합니다: 법률 정보, 유엔 기구와 각국 정부에 대한 긴급 호소, 안전한 곳으로 가는 길의 도움.
                """));

    static final List<Item> POSTS = List.of(
        new Item(PostCategory.SUBMISSION, LocalDate.of(2024, 4, 9), State.PUBLISHED, true, """
                # Joint civil society submission for the DPRK's fourth Universal Periodic Review
                Our centre and the Saebyeok Rights Network submitted a joint stakeholder report for the fourth UPR of the DPRK, due at the 47th session of the UPR Working Group.

                The report covers the period since the third review and the implementation of recommendations the DPRK **supported** on:

                1. the right to a fair trial;
                2. freedom of opinion and expression;
                3. freedom of movement, including the release of people forcibly returned from China.

                The submission is attached below.
                """, """
                # 북한 4차 보편적 정례 인권 검토(UPR) 공동 시민사회 보고서 제출
                우리 센터와 새벽인권네트워크는 UPR 실무그룹 제47차 회기에 예정된 북한 4차 검토를 위해 공동 이해관계자 보고서를 제출했습니다.

                보고서는 3차 검토 이후의 기간과, 북한이 **수용**한 권고의 이행을 다룹니다:

                1. 공정한 재판을 받을 권리
                2. 의견과 표현의 자유
                3. 중국에서 강제송환된 이들의 석방을 포함한 이동의 자유

                제출 보고서는 아래에 첨부되어 있습니다.
                """, "The joint report reviews the recommendations the DPRK supported in its third review.",
                "공동 보고서는 3차 검토에서 북한이 수용한 권고를 점검합니다."),
        new Item(PostCategory.STATEMENT, LocalDate.of(2025, 3, 20), State.PUBLISHED, false, """
                # Oral statement in the interactive dialogue with the Special Rapporteur on the DPRK
                At the 58th session of the Human Rights Council we delivered a joint statement of about ninety seconds.

                > We urge all states to protect North Korean escapees in compliance with the principle of non-refoulement.

                The statement also called for international humanitarian access and for accountability.
                """, """
                # 북한 인권 특별보고관과의 상호대화 구두 발언
                인권이사회 제58차 회기에서 약 90초 분량의 공동 발언을 했습니다.

                > 모든 국가는 강제송환 금지 원칙에 따라 탈북민을 보호해야 합니다.

                발언은 국제 인도적 접근과 책임 규명도 촉구했습니다.
                """, "Ninety seconds at the Human Rights Council on non-refoulement and accountability.",
                "강제송환 금지와 책임 규명에 관한 인권이사회 90초 발언."),
        new Item(PostCategory.APPEAL, LocalDate.of(2025, 6, 2), State.PUBLISHED, false, """
                # Urgent appeal: halt the forced repatriation of escapees held near the border
                We have asked the Working Group on Enforced or Involuntary Disappearances and the Special Rapporteur to intervene for a group of escapees held in custody near the border, at imminent risk of forced return.

                Details that could identify the people concerned are withheld for their safety.
                """, """
                # 긴급 호소: 국경 인근에 구금된 탈북민의 강제송환을 중단하라
                강제송환이 임박한 위험에 처한 채 국경 인근에 구금된 탈북민들을 위해 강제적·비자발적 실종에 관한 실무그룹과 특별보고관에게 개입을 요청했습니다.

                당사자의 안전을 위해 신원을 알 수 있는 내용은 밝히지 않습니다.
                """, "A communication to two UN Special Procedures.", "유엔 특별절차 두 곳에 보낸 진정."),
        new Item(PostCategory.EVENT, LocalDate.of(2024, 2, 17), State.PUBLISHED, false, """
                # Seminar: ten years after the Commission of Inquiry
                Researchers and practitioners discussed what has changed since the Commission of Inquiry reported in 2014, and what documentation can still achieve.

                | Session | Theme |
                |---|---|
                | Morning | Documentation standards |
                | Afternoon | Accountability paths |
                """, """
                # 세미나: 조사위원회 보고서 이후 10년
                연구자와 실무자들이 2014년 조사위원회 보고서 이후 무엇이 달라졌는지, 기록이 여전히 무엇을 이룰 수 있는지 논의했습니다.

                | 세션 | 주제 |
                |---|---|
                | 오전 | 기록 기준 |
                | 오후 | 책임 규명의 길 |
                """, "", ""),
        new Item(PostCategory.GENERAL, LocalDate.of(2025, 9, 1), State.PUBLISHED, false, """
                # Our documentation in figures
                The [figures page](/public/statistics) shows what our database holds: acts by type, year, province, perpetrator, and the sex and age group of victims. No published count identifies anyone: small counts are hidden.
                """, """
                # 수치로 보는 우리의 기록
                [통계 페이지](/public/statistics)에서 데이터베이스에 담긴 내용을 볼 수 있습니다: 유형, 연도, 도, 가해 기관, 피해자의 성별과 연령대별 행위. 공개된 어떤 수치로도 개인을 식별할 수 없도록 작은 수치는 숨깁니다.
                """, "", ""),
        new Item(PostCategory.PRESS, LocalDate.of(2024, 1, 25), State.PUBLISHED, false, """
                # Coalition welcomes first recommendation on non-refoulement of escapees
                A coalition of organisations welcomed a recommendation made in China's fourth Universal Periodic Review calling for the protection of North Korean escapees.
                """, "", "", ""),
        new Item(PostCategory.EVENT, LocalDate.of(2026, 1, 1), State.SCHEDULED, false, """
                # Launch of the annual report (scheduled)
                This post is scheduled and must not be public before its time.
                """, """
                # 연례 보고서 발간 (예약)
                이 게시물은 예약되어 있으며 게시 시각 전에는 공개되지 않아야 합니다.
                """, "", ""),
        new Item(PostCategory.GENERAL, LocalDate.of(2025, 1, 1), State.DRAFT, false, """
                # Internal draft: notes for the next submission
                Unpublished draft; never public.
                """, "", "", ""),
        new Item(PostCategory.GENERAL, LocalDate.of(2023, 11, 2), State.WITHDRAWN, false, """
                # Withdrawn notice
                This post was withdrawn and must not be public.
                """, "", "", ""));

    static final List<String> SUBMISSION_PARAGRAPHS = List.of(
        "This joint submission is made by two fictional organisations for the demonstration of Kirok. It covers the period since the third review.",
        "The organisations documented acts of arbitrary detention, torture and forced labour on the basis of testimonies; all figures passed a disclosure gate.",
        "이 공동 보고서는 Kirok 시연을 위한 가상의 두 단체가 작성했습니다.");

    static final List<String> SUBMISSION_RECOMMENDATIONS = List.of(
        "Ensure fair and transparent criminal procedures and effective legal assistance at all stages.",
        "Guarantee freedom of movement, including the release of all persons forcibly returned.",
        "Protect escapees in compliance with the principle of non-refoulement.");
}
