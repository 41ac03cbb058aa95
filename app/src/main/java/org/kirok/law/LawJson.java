package org.kirok.law;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kirok.web.FormValues;
import org.kirok.web.JsonBody;

/** Laws, versions and articles in the API's JSON and the HTML forms, both ways. */
final class LawJson {
    private LawJson() {
    }

    static LawDraft law(JsonBody body) {
        return new LawDraft(body.text("title_en").orElse(""), body.text("title_ko"), body.text("short_name"),
                body.text("country_code").orElse("KP"), body.text("notes"), body.text("external_id"));
    }

    static LawDraft law(FormValues form) {
        return new LawDraft(form.get("title_en"), form.text("title_ko"), form.text("short_name"),
                form.text("country_code").orElse("KP"), form.text("notes"), form.text("external_id"));
    }

    static LawVersionDraft version(JsonBody body) {
        return new LawVersionDraft(body.text("label").orElse(""), body.date("adopted_on"), body.text("notes"));
    }

    static LawVersionDraft version(FormValues form) {
        return new LawVersionDraft(form.get("label"), form.date("adopted_on"), form.text("notes"));
    }

    static ArticleDraft article(JsonBody body) {
        return new ArticleDraft(body.text("number").orElse(""), body.text("heading_en"), body.text("heading_ko"),
                body.text("summary_en"), body.text("summary_ko"));
    }

    static ArticleDraft article(FormValues form) {
        return new ArticleDraft(form.get("number"), form.text("heading_en"), form.text("heading_ko"),
                form.text("summary_en"), form.text("summary_ko"));
    }

    static Map<String, Object> json(Law law) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", law.id());
        json.put("title_en", law.titleEn());
        json.put("title_ko", law.titleKo().orElse(null));
        json.put("short_name", law.shortName().orElse(null));
        json.put("country_code", law.countryCode());
        json.put("notes", law.notes().orElse(null));
        json.put("external_id", law.externalId().orElse(null));
        json.put("version", law.version());
        json.put("versions", law.versions().stream().map(LawJson::json).toList());
        return json;
    }

    static Map<String, Object> json(LawVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", version.id());
        json.put("law_id", version.lawId());
        json.put("label", version.label());
        json.put("adopted_on", version.adoptedOn().map(LocalDate::toString).orElse(null));
        json.put("notes", version.notes().orElse(null));
        json.put("version", version.version());
        json.put("articles", version.articles().stream().map(LawJson::json).toList());
        return json;
    }

    static Map<String, Object> json(LawArticle article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", article.id());
        json.put("law_id", article.lawId());
        json.put("law_version_id", article.versionId());
        json.put("number", article.number());
        json.put("label", article.label("en"));
        json.put("heading_en", article.headingEn().orElse(null));
        json.put("heading_ko", article.headingKo().orElse(null));
        json.put("summary_en", article.summaryEn().orElse(null));
        json.put("summary_ko", article.summaryKo().orElse(null));
        json.put("version", article.version());
        return json;
    }

    static FormValues values(Law law) {
        Map<String, Object> values = new HashMap<>();
        values.put("title_en", law.titleEn());
        values.put("title_ko", law.titleKo());
        values.put("short_name", law.shortName());
        values.put("country_code", law.countryCode());
        values.put("notes", law.notes());
        values.put("external_id", law.externalId());
        values.put("version", law.version());
        return FormValues.from(values);
    }

    static FormValues values(LawVersion version) {
        Map<String, Object> values = new HashMap<>();
        values.put("label", version.label());
        values.put("adopted_on", version.adoptedOn());
        values.put("notes", version.notes());
        values.put("version", version.version());
        return FormValues.from(values);
    }

    static FormValues values(LawArticle article) {
        Map<String, Object> values = new HashMap<>();
        values.put("number", article.number());
        values.put("heading_en", article.headingEn());
        values.put("heading_ko", article.headingKo());
        values.put("summary_en", article.summaryEn());
        values.put("summary_ko", article.summaryKo());
        values.put("version", article.version());
        return FormValues.from(values);
    }
}
