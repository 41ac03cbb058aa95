package org.kirok.document;

import java.util.HashMap;
import java.util.Map;
import org.kirok.store.Confidentiality;
import org.kirok.testimony.Language;
import org.kirok.web.FormValues;

/** The document form, both ways. */
final class DocumentForm {
    private DocumentForm() {
    }

    static DocumentDraft draft(FormValues form) {
        return new DocumentDraft(form.text("kind").map(SourceKind::parse).orElse(SourceKind.DOCUMENT),
                form.get("title"), form.date("source_date"), form.text("language").map(Language::parse),
                form.id("author_org_id"), form.text("publisher"), form.text("url"), form.date("published_on"),
                form.text("notes"), form.id("organisation_id"),
                form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                form.text("external_id"));
    }

    static FormValues values(DocumentView document, String language) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", document.kind().code());
        values.put("title", document.title());
        values.put("source_date", document.sourceDate());
        values.put("language", document.language().map(Language::code));
        values.put("author_org_id", document.author().map(DocumentView.OrganisationName::id));
        values.put("author_org_id_label", document.author().map(a -> a.label(language)));
        values.put("publisher", document.publisher());
        values.put("url", document.url());
        values.put("published_on", document.publishedOn());
        values.put("notes", document.notes());
        values.put("organisation_id", document.owner().map(DocumentView.OrganisationName::id));
        values.put("organisation_id_label", document.owner().map(o -> o.label(language)));
        values.put("confidentiality", document.confidentiality().code());
        values.put("external_id", document.externalId());
        values.put("version", document.version());
        return FormValues.from(values);
    }
}
