-- UPR recommendations register (issue 8): states with their regional groups, sessions and cycles, reviews with
-- their dates, recommendations as imported from UPR Info or the OHCHR Universal Human Rights Index, UPR Info's
-- issue tags mapped onto our rights and act-type vocabularies (editable), themes of our own, published reference
-- figures, links from recommendations to laws, and analysts' implementation assessments.

-- A state's UN regional group as the UPR Info export gives it ('Asia' is the Asia-Pacific group). Names come from
-- ISO 3166 and CLDR in the application; this table only holds what the data adds.
CREATE TABLE upr_state (
    code            char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    regional_group  text CHECK (regional_group IN ('Africa', 'Asia', 'EEG', 'GRULAC', 'WEOG', 'Observer')),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- UPR Working Group sessions. Cycle 1 = sessions 1-12, 2 = 13-26, 3 = 27-40, 4 = 41-54. The submission deadline
-- for stakeholders is set per session when OHCHR publishes it; otherwise the application computes its default.
CREATE TABLE upr_session (
    number               int PRIMARY KEY CHECK (number BETWEEN 1 AND 300),
    cycle                int NOT NULL CHECK (cycle BETWEEN 1 AND 60),
    starts_on            date,
    ends_on              date,
    submission_deadline  timestamptz,
    notes                text,
    version              int NOT NULL DEFAULT 1,
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);
INSERT INTO upr_session (number, cycle)
SELECT n, CASE WHEN n <= 12 THEN 1 WHEN n <= 26 THEN 2 WHEN n <= 40 THEN 3 ELSE 4 END FROM generate_series(1, 54) n;
UPDATE upr_session SET starts_on = d.s, ends_on = d.e FROM (VALUES
    (4, DATE '2009-02-02', DATE '2009-02-13'), (6, DATE '2009-11-30', DATE '2009-12-11'),
    (17, DATE '2013-10-21', DATE '2013-11-01'), (19, DATE '2014-04-28', DATE '2014-05-09'),
    (31, DATE '2018-11-05', DATE '2018-11-16'), (33, DATE '2019-05-06', DATE '2019-05-17'),
    (45, DATE '2024-01-22', DATE '2024-02-02'), (47, DATE '2024-11-04', DATE '2024-11-15')) AS d (n, s, e)
WHERE upr_session.number = d.n;

-- The review of one state in one session: the interactive dialogue and the adoption of the outcome at the Council.
CREATE TABLE upr_review (
    id             uuid PRIMARY KEY,
    state_code     char(2) NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
    session        int NOT NULL REFERENCES upr_session (number),
    review_date    date,
    adoption_date  date,
    report_symbol  text,
    notes          text,
    version        int NOT NULL DEFAULT 1,
    UNIQUE (state_code, session),
    CHECK (review_date IS NULL OR adoption_date IS NULL OR review_date <= adoption_date)
);
INSERT INTO upr_review (id, state_code, session, review_date, adoption_date, report_symbol, notes) VALUES
    (gen_random_uuid(), 'KP', 6, DATE '2009-12-07', DATE '2010-03-18', 'A/HRC/13/13', 'Outcome adopted at HRC13 (March 2010); day of adoption approximate'),
    (gen_random_uuid(), 'KP', 19, DATE '2014-05-01', DATE '2014-09-18', 'A/HRC/27/10', 'Outcome adopted at HRC27 (September 2014); day of adoption approximate'),
    (gen_random_uuid(), 'KP', 33, DATE '2019-05-09', DATE '2019-09-19', NULL, 'Outcome adopted at HRC42 (September 2019); day of adoption approximate'),
    (gen_random_uuid(), 'KP', 47, DATE '2024-11-07', DATE '2025-03-25', NULL, 'Final report adopted at HRC58 on 25 March 2025'),
    (gen_random_uuid(), 'CN', 4, DATE '2009-02-09', DATE '2009-06-11', 'A/HRC/11/25', 'Outcome adopted at HRC11 (June 2009); day of adoption approximate'),
    (gen_random_uuid(), 'CN', 17, DATE '2013-10-22', DATE '2014-03-20', 'A/HRC/25/5', 'Outcome adopted on 20 March 2014'),
    (gen_random_uuid(), 'CN', 31, DATE '2018-11-06', DATE '2019-03-15', NULL, 'Outcome adopted at HRC40 on 15 March 2019; review day approximate'),
    (gen_random_uuid(), 'CN', 45, DATE '2024-01-23', DATE '2024-07-04', NULL, 'Outcome adopted at HRC56 on 4 July 2024');

-- UPR Info's issue tags (its 54, as its exports spell them), with room for tags that later imports bring.
CREATE TABLE upr_issue (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,64}$'),
    label_en    text NOT NULL UNIQUE,
    label_ko    text NOT NULL,
    sort_order  int NOT NULL DEFAULT 1000
);
INSERT INTO upr_issue (code, label_en, label_ko, sort_order) VALUES
    ('asylum_refugees', 'Asylum-seekers - refugees', '비호신청자·난민', 10),
    ('civil_society', 'Civil society', '시민사회', 20),
    ('corruption', 'Corruption', '부패', 30),
    ('counter_terrorism', 'Counter-terrorism', '대테러', 40),
    ('cp_rights', 'CP rights - general', '시민적·정치적 권리 일반', 50),
    ('death_penalty', 'Death penalty', '사형', 60),
    ('detention', 'Detention', '구금', 70),
    ('development', 'Development', '발전', 80),
    ('disabilities', 'Disabilities', '장애', 90),
    ('elections', 'Elections', '선거', 100),
    ('enforced_disappearances', 'Enforced disappearances', '강제실종', 110),
    ('environment', 'Environment', '환경', 120),
    ('esc_rights', 'ESC rights - general', '경제적·사회적·문화적 권리 일반', 130),
    ('extrajudicial_executions', 'Extrajudicial executions', '비사법적 처형', 140),
    ('association_assembly', 'Freedom of association and peaceful assembly', '결사 및 평화적 집회의 자유', 150),
    ('movement', 'Freedom of movement', '이동의 자유', 160),
    ('expression', 'Freedom of opinion and expression', '의견 및 표현의 자유', 170),
    ('religion', 'Freedom of religion and belief', '종교와 신념의 자유', 180),
    ('press', 'Freedom of the press', '언론의 자유', 190),
    ('general', 'General', '일반', 200),
    ('hiv_aids', 'HIV - Aids', 'HIV·에이즈', 210),
    ('defenders', 'Human rights defenders', '인권옹호자', 220),
    ('hr_education', 'Human rights education and training', '인권 교육 및 훈련', 230),
    ('state_agents', 'Human rights violations by state agents', '국가 기관에 의한 인권침해', 240),
    ('impunity', 'Impunity', '불처벌', 250),
    ('indigenous', 'Indigenous peoples', '원주민', 260),
    ('idps', 'Internally displaced persons', '국내 실향민', 270),
    ('ihl', 'International humanitarian law', '국제인도법', 280),
    ('instruments', 'International instruments', '국제인권조약', 290),
    ('justice', 'Justice', '사법', 300),
    ('labour', 'Labour', '노동', 310),
    ('migrants', 'Migrants', '이주민', 320),
    ('minorities', 'Minorities', '소수자', 330),
    ('action_plan', 'National plan of action', '국가행동계획', 340),
    ('nhri', 'NHRI', '국가인권기구', 350),
    ('other', 'Other', '기타', 360),
    ('poverty', 'Poverty', '빈곤', 370),
    ('public_security', 'Public security', '공공 안전', 380),
    ('racial_discrimination', 'Racial discrimination', '인종차별', 390),
    ('education', 'Right to education', '교육권', 400),
    ('food', 'Right to food', '식량권', 410),
    ('health', 'Right to health', '건강권', 420),
    ('housing', 'Right to housing', '주거권', 430),
    ('land', 'Right to land', '토지권', 440),
    ('water', 'Right to water', '물에 대한 권리', 450),
    ('children', 'Rights of the Child', '아동의 권리', 460),
    ('sogi', 'Sexual Orientation and Gender Identity', '성적 지향 및 성별 정체성', 470),
    ('special_procedures', 'Special procedures', '특별절차', 480),
    ('technical_assistance', 'Technical assistance and cooperation', '기술 지원 및 협력', 490),
    ('torture', 'Torture and other CID treatment', '고문 및 기타 잔혹한·비인도적·굴욕적 처우', 500),
    ('trafficking', 'Trafficking', '인신매매', 510),
    ('treaty_bodies', 'Treaty bodies', '조약기구', 520),
    ('upr_process', 'UPR process', 'UPR 절차', 530),
    ('women', 'Women''s rights', '여성의 권리', 540);

-- Which of our rights and act types an issue bears on (either vocabulary); analysts edit this mapping.
CREATE TABLE upr_issue_term (
    issue_code  text NOT NULL REFERENCES upr_issue (code) ON DELETE CASCADE,
    term_id     uuid NOT NULL REFERENCES vocab_term (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_code, term_id)
);
INSERT INTO upr_issue_term (issue_code, term_id)
SELECT m.issue, t.id FROM (VALUES
    ('asylum_refugees', 'right', 'refugee_33'), ('asylum_refugees', 'right', 'cat_3'),
    ('asylum_refugees', 'act_type', 'forced_repatriation'),
    ('migrants', 'right', 'refugee_33'),
    ('detention', 'right', 'iccpr_9'), ('detention', 'right', 'iccpr_10'),
    ('detention', 'act_type', 'arbitrary_detention'),
    ('torture', 'right', 'iccpr_7'), ('torture', 'right', 'cat_2'),
    ('enforced_disappearances', 'right', 'iccpr_16'), ('enforced_disappearances', 'act_type', 'enforced_disappearance'),
    ('enforced_disappearances', 'act_type', 'abduction'),
    ('extrajudicial_executions', 'right', 'iccpr_6'),
    ('death_penalty', 'act_type', 'public_execution'),
    ('justice', 'right', 'iccpr_14'),
    ('expression', 'right', 'iccpr_19'),
    ('press', 'right', 'iccpr_19'),
    ('religion', 'right', 'iccpr_18'),
    ('movement', 'right', 'iccpr_12'),
    ('state_agents', 'act_type', 'arbitrary_detention'), ('state_agents', 'act_type', 'torture'),
    ('state_agents', 'act_type', 'ill_treatment'), ('state_agents', 'act_type', 'extrajudicial_killing'),
    ('labour', 'right', 'iccpr_8'),
    ('trafficking', 'act_type', 'trafficking'),
    ('women', 'act_type', 'sexual_violence'), ('women', 'act_type', 'forced_abortion'),
    ('food', 'right', 'icescr_11'),
    ('cp_rights', 'right', 'iccpr_26')
) AS m (issue, vocabulary, code)
JOIN vocab_term t ON t.vocabulary = m.vocabulary AND t.code = m.code;

-- Which act types violate a right: how an issue mapped to a right reaches the acts in the database.
CREATE TABLE upr_right_act_type (
    right_id     uuid NOT NULL REFERENCES vocab_term (id) ON DELETE CASCADE,
    act_type_id  uuid NOT NULL REFERENCES vocab_term (id) ON DELETE CASCADE,
    PRIMARY KEY (right_id, act_type_id)
);
INSERT INTO upr_right_act_type (right_id, act_type_id)
SELECT r.id, a.id FROM (VALUES
    ('iccpr_6', 'public_execution'), ('iccpr_6', 'extrajudicial_killing'), ('iccpr_6', 'death_in_custody'),
    ('iccpr_7', 'torture'), ('iccpr_7', 'ill_treatment'), ('iccpr_7', 'sexual_violence'), ('iccpr_7', 'forced_abortion'),
    ('iccpr_8', 'forced_labour'), ('iccpr_8', 'trafficking'),
    ('iccpr_9', 'arbitrary_detention'), ('iccpr_9', 'enforced_disappearance'), ('iccpr_9', 'abduction'),
    ('iccpr_10', 'starvation_in_custody'), ('iccpr_10', 'death_in_custody'), ('iccpr_10', 'ill_treatment'),
    ('iccpr_12', 'restriction_of_movement'), ('iccpr_12', 'forced_relocation'), ('iccpr_12', 'forced_repatriation'),
    ('iccpr_14', 'unfair_trial'),
    ('iccpr_16', 'enforced_disappearance'),
    ('iccpr_17', 'family_separation'), ('iccpr_17', 'collective_punishment'),
    ('iccpr_18', 'religious_persecution'),
    ('iccpr_19', 'punishment_for_expression'),
    ('iccpr_23', 'family_separation'),
    ('iccpr_26', 'collective_punishment'),
    ('icescr_11', 'starvation_in_custody'),
    ('cat_2', 'torture'),
    ('cat_3', 'forced_repatriation'),
    ('refugee_33', 'forced_repatriation')
) AS m (right_code, act_code)
JOIN vocab_term r ON r.vocabulary = 'right' AND r.code = m.right_code
JOIN vocab_term a ON a.vocabulary = 'act_type' AND a.code = m.act_code;

-- Themes of our own (how our submissions are organised), reached from UPR Info's issues; editable.
CREATE TABLE upr_theme (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,64}$'),
    label_en    text NOT NULL,
    label_ko    text NOT NULL,
    sort_order  int NOT NULL DEFAULT 100
);
INSERT INTO upr_theme (code, label_en, label_ko, sort_order) VALUES
    ('fair_trial', 'Fair trial and the administration of justice', '공정한 재판과 사법 운영', 10),
    ('expression', 'Freedom of opinion, expression and information', '의견·표현·정보의 자유', 20),
    ('movement', 'Freedom of movement and forced repatriation', '이동의 자유와 강제송환', 30),
    ('non_refoulement', 'Non-refoulement and protection of escapees', '강제송환 금지와 탈북민 보호', 40),
    ('detention', 'Detention, torture and political prison camps', '구금·고문·정치범수용소', 50),
    ('life', 'Right to life and the death penalty', '생명권과 사형', 60),
    ('disappearances', 'Enforced disappearances and abductions', '강제실종과 납치', 70),
    ('religion', 'Freedom of religion and belief', '종교와 신념의 자유', 80),
    ('food_health', 'Food, health and an adequate standard of living', '식량·건강·적절한 생활수준', 90),
    ('women_children', 'Women and children', '여성과 아동', 100),
    ('un_cooperation', 'Cooperation with UN human rights mechanisms', '유엔 인권메커니즘과의 협력', 110);

CREATE TABLE upr_theme_issue (
    theme_code  text NOT NULL REFERENCES upr_theme (code) ON DELETE CASCADE,
    issue_code  text NOT NULL REFERENCES upr_issue (code) ON DELETE CASCADE,
    PRIMARY KEY (theme_code, issue_code)
);
INSERT INTO upr_theme_issue (theme_code, issue_code) VALUES
    ('fair_trial', 'justice'), ('fair_trial', 'impunity'),
    ('expression', 'expression'), ('expression', 'press'), ('expression', 'association_assembly'),
    ('movement', 'movement'),
    ('non_refoulement', 'asylum_refugees'), ('non_refoulement', 'migrants'),
    ('detention', 'detention'), ('detention', 'torture'), ('detention', 'state_agents'),
    ('life', 'death_penalty'), ('life', 'extrajudicial_executions'),
    ('disappearances', 'enforced_disappearances'),
    ('religion', 'religion'),
    ('food_health', 'food'), ('food_health', 'health'), ('food_health', 'poverty'), ('food_health', 'water'),
    ('women_children', 'women'), ('women_children', 'children'), ('women_children', 'trafficking'),
    ('un_cooperation', 'special_procedures'), ('un_cooperation', 'treaty_bodies'), ('un_cooperation', 'instruments'),
    ('un_cooperation', 'technical_assistance'), ('un_cooperation', 'upr_process'), ('un_cooperation', 'nhri');

-- One recommendation to one state under review. external_id is UPR Info's rec_id or UHRI's annotation id (the
-- natural key that makes imports idempotent); fingerprint is the SHA-256 of the imported content (public data).
-- Themes are reached through the issues; extra_themes are the ones an analyst added by hand.
CREATE TABLE upr_recommendation (
    id               uuid PRIMARY KEY,
    external_id      text NOT NULL UNIQUE CHECK (length(external_id) BETWEEN 1 AND 200),
    source           text NOT NULL CHECK (source IN ('upr-info', 'uhri', 'manual', 'demo')),
    state_code       char(2) NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
    session          int NOT NULL REFERENCES upr_session (number),
    text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    recommending     text[] NOT NULL DEFAULT '{}',
    response         text CHECK (response IN ('supported', 'noted')),
    response_raw     text,
    action_category  smallint CHECK (action_category BETWEEN 1 AND 5),
    category_source  text CHECK (category_source IN ('upr-info', 'classifier', 'analyst')),
    issues           text[] NOT NULL DEFAULT '{}',
    extra_themes     text[] NOT NULL DEFAULT '{}',
    document_symbol  text,
    affected_persons text,
    source_row       text,
    fingerprint      bytea NOT NULL,
    version          int NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upr_recommendation_review ON upr_recommendation (state_code, session);
CREATE INDEX upr_recommendation_issues ON upr_recommendation USING gin (issues);
CREATE INDEX upr_recommendation_recommending ON upr_recommendation USING gin (recommending);

-- "Repeal the Reactionary Thought and Culture Rejection Law": a recommendation about a law, or one of its articles.
CREATE TABLE upr_recommendation_law (
    id                 uuid PRIMARY KEY,
    recommendation_id  uuid NOT NULL REFERENCES upr_recommendation (id) ON DELETE CASCADE,
    law_id             uuid NOT NULL REFERENCES law (id) ON DELETE CASCADE,
    article_id         uuid REFERENCES law_article (id) ON DELETE CASCADE,
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX upr_recommendation_law_once ON upr_recommendation_law
    (recommendation_id, law_id, coalesce(article_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX upr_recommendation_law_law ON upr_recommendation_law (law_id);

-- Official and published totals (../shared/data/upr/upr_published_figures.csv), to compare imports against.
CREATE TABLE upr_published_figure (
    check_id        text PRIMARY KEY,
    entity          text NOT NULL,
    state_code      char(2),
    cycle           text,
    session         int,
    sessions        text,
    review_date     text,
    metric          text NOT NULL,
    value           text NOT NULL,
    counting_basis  text,
    source          text,
    source_url      text,
    confidence      text,
    note            text,
    imported_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upr_published_figure_review ON upr_published_figure (state_code, session);

-- An analyst's mid-term style assessment of one recommendation over one period, with the evidence cited
-- (pseudonymous case codes only).
CREATE TABLE upr_assessment (
    id                 uuid PRIMARY KEY,
    recommendation_id  uuid NOT NULL REFERENCES upr_recommendation (id) ON DELETE CASCADE,
    period             text NOT NULL CHECK (period IN ('since_adoption', 'since_last_review')),
    status             text NOT NULL CHECK (status IN ('not_implemented', 'partially_implemented', 'implemented', 'no_information')),
    note               text CHECK (length(note) <= 4000),
    cited_cases        text[] NOT NULL DEFAULT '{}',
    assessed_by        uuid REFERENCES app_user (id),
    assessed_at        timestamptz NOT NULL DEFAULT now(),
    version            int NOT NULL DEFAULT 1,
    UNIQUE (recommendation_id, period)
);

-- Defaults for word limits and speaking time; administrators change them on the UPR settings page.
INSERT INTO setting (key, value) VALUES
    ('upr.word_limit.individual', '2815'),
    ('upr.word_limit.joint', '5630'),
    ('upr.deadline.months_before', '7'),
    ('hrc.words_per_minute', '150'),
    ('hrc.slot.interactive_dialogue', '90'),
    ('hrc.slot.general_debate', '90'),
    ('hrc.slot.panel', '120'),
    ('hrc.slot.upr_adoption', '120'),
    ('hrc.slot.other', '120')
ON CONFLICT (key) DO NOTHING;
