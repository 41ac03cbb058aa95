package org.kirok.organisation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kirok.web.FormValues;
import org.kirok.web.JsonBody;

/** Organisations in the API's JSON and in the HTML form, both ways. */
final class OrganisationJson {
    private OrganisationJson() {
    }

    static OrganisationDraft draft(JsonBody body) {
        return new OrganisationDraft(OrganisationKind.parse(body.requiredText("kind")), body.text("name_en").orElse(""),
                body.text("name_ko"), body.text("abbreviation"), body.text("country_code"), body.id("parent_id"),
                body.text("notes"), body.text("external_id"));
    }

    static OrganisationDraft draft(FormValues form) {
        return new OrganisationDraft(OrganisationKind.parse(form.get("kind")), form.get("name_en"), form.text("name_ko"),
                form.text("abbreviation"), form.text("country_code"), form.id("parent_id"), form.text("notes"),
                form.text("external_id"));
    }

    static Map<String, Object> json(Organisation organisation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", organisation.id());
        json.put("kind", organisation.kind().code());
        json.put("name_en", organisation.nameEn());
        json.put("name_ko", organisation.nameKo().orElse(null));
        json.put("abbreviation", organisation.abbreviation().orElse(null));
        json.put("country_code", organisation.countryCode().orElse(null));
        json.put("parent_id", organisation.parentId().orElse(null));
        json.put("parent", organisation.parentName().orElse(null));
        json.put("notes", organisation.notes().orElse(null));
        json.put("external_id", organisation.externalId().orElse(null));
        json.put("version", organisation.version());
        return json;
    }

    static FormValues values(Organisation organisation) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", organisation.kind().code());
        values.put("name_en", organisation.nameEn());
        values.put("name_ko", organisation.nameKo());
        values.put("abbreviation", organisation.abbreviation());
        values.put("country_code", organisation.countryCode());
        values.put("parent_id", organisation.parentId());
        values.put("parent_id_label", organisation.parentName());
        values.put("notes", organisation.notes());
        values.put("external_id", organisation.externalId());
        values.put("version", organisation.version());
        return FormValues.from(values);
    }
}
