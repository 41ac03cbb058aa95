-- The letters and communications of urgent cases, editable by an administrator. {{placeholders}} are filled from
-- the case; {{persons}} and {{timeline}} stand alone in their paragraph and become a list and a table.

INSERT INTO letter_template (id, kind, language, title, body) VALUES
(gen_random_uuid(), 'government_appeal', 'en', 'Urgent appeal: {{subject}}', $t$
To: {{recipients}}
Date: {{today}}
Our reference: {{case_code}}

Excellency,

We write to you urgently about {{person_count}} North Korean nationals who, according to the information we have received, were last known to be held by {{latest_holder}} in {{latest_place}} (since {{latest_date}}).

{{persons}}

Their route so far:

{{timeline}}

Persons forcibly returned to the Democratic People's Republic of Korea face a real risk of torture, arbitrary detention, enforced disappearance and other serious human rights violations. Their return would breach the principle of non-refoulement under Article 33 of the 1951 Refugee Convention and Article 3 of the Convention against Torture.

We respectfully call on your Government not to return them to the DPRK, to grant them access to UNHCR, and to allow them to travel to a country of their choice.

Co-signed by: {{cosigners}}

Respectfully,
{{submitter}}
$t$),
(gen_random_uuid(), 'wgeid', 'en', 'Communication to the Working Group on Enforced or Involuntary Disappearances ({{case_code}})', $t$
# 1. Identity of the disappeared persons

{{persons}}

# 2. Date of arrest or disappearance

{{arrest_date}}

# 3. Place of arrest or disappearance

{{arrest_place}}

# 4. Forces believed to be responsible

{{forces}}

Chronology of custody as known to the source:

{{timeline}}

# 5. Steps taken to locate the persons

{{steps_taken}}

# 6. Source of the information

Submitted by {{submitter}} ({{submitter_contact}}) with the consent of the families. The identity of the source is to be kept confidential.

Date of this communication: {{today}}.
$t$),
(gen_random_uuid(), 'special_procedures', 'en', 'Urgent action request: {{subject}}', $t$
To: {{recipients}}
Date: {{today}}
Reference: {{case_code}}

We request urgent action on behalf of {{person_count}} persons at imminent risk of forced repatriation to the Democratic People's Republic of Korea. They are held by {{latest_holder}} in {{latest_place}} (since {{latest_date}}).

{{persons}}

{{timeline}}

We ask the mandate holders to send an urgent appeal to the Government concerned, recalling the absolute prohibition of refoulement where there are substantial grounds to believe a person would be in danger of torture.

{{submitter}}
$t$),
(gen_random_uuid(), 'unhcr', 'en', 'Request for UNHCR intervention: {{subject}}', $t$
To: {{recipients}}
Date: {{today}}
Reference: {{case_code}}

We ask UNHCR to seek access to {{person_count}} North Korean nationals held by {{latest_holder}} in {{latest_place}} since {{latest_date}}, and to intervene with the authorities against their forced return.

{{persons}}

{{timeline}}

{{submitter}}
$t$),
(gen_random_uuid(), 'press_statement', 'en', '{{subject}}', $t$
For immediate release — {{today}}

{{person_count}} North Korean refugees face imminent forced repatriation. They are held by {{latest_holder}} in {{latest_place}}.

{{timeline}}

We call for their protection under the principle of non-refoulement.

{{submitter}}
$t$),
(gen_random_uuid(), 'joint_statement', 'en', 'Joint statement: {{subject}}', $t$
{{today}}

We, the undersigned organisations, are gravely concerned for {{person_count}} North Korean refugees held by {{latest_holder}} in {{latest_place}} since {{latest_date}}.

{{timeline}}

We urge the authorities to halt their forced repatriation and to grant UNHCR access to them.

Signed: {{submitter}}; {{cosigners}}
$t$),
(gen_random_uuid(), 'government_appeal', 'ko', '긴급 호소: {{subject}}', $t$
수신: {{recipients}}
일자: {{today}}
참조 번호: {{case_code}}

저희는 {{latest_place}}에서 {{latest_holder}}에 의해 구금되어 있는 것으로 알려진 북한 주민 {{person_count}}명에 관하여 긴급히 서한을 드립니다 ({{latest_date}}부터).

{{persons}}

{{timeline}}

북한으로 강제송환되는 사람들은 고문, 자의적 구금, 강제실종 등 심각한 인권침해를 당할 실질적 위험에 처합니다. 이들의 송환은 난민협약 제33조와 고문방지협약 제3조의 강제송환 금지 원칙에 반합니다.

귀 정부가 이들을 북한으로 송환하지 말고, 유엔난민기구의 접근을 허용하며, 이들이 원하는 나라로 갈 수 있도록 해 주실 것을 요청합니다.

공동 서명: {{cosigners}}

{{submitter}}
$t$);
