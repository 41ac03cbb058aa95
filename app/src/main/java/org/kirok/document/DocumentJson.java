package org.kirok.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kirok.store.Confidentiality;
import org.kirok.testimony.Language;
import org.kirok.web.JsonBody;

/** The API's JSON shape of documents and media, both ways. */
final class DocumentJson {
    private DocumentJson() {
    }

    /** A document from the body; {@code kind} may be left out (new: document; edit: it cannot change anyway). */
    static DocumentDraft draft(JsonBody body, SourceKind defaultKind) {
        return new DocumentDraft(body.text("kind").map(SourceKind::parse).orElse(defaultKind),
                body.text("title").orElse(""), body.date("source_date"), body.text("language").map(Language::parse),
                body.id("author_org_id"), body.text("publisher"), body.text("url"), body.date("published_on"),
                body.text("notes"), body.id("organisation_id"),
                body.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                body.text("external_id"));
    }

    static Map<String, Object> json(DocumentView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.id());
        json.put("kind", view.kind().code());
        json.put("reference", view.reference());
        json.put("title", view.title());
        json.put("source_date", text(view.sourceDate()));
        json.put("language", view.language().map(Language::code).orElse(null));
        json.put("author_org_id", view.author().map(DocumentView.OrganisationName::id).orElse(null));
        json.put("author", view.author().map(DocumentView.OrganisationName::nameEn).orElse(null));
        json.put("publisher", view.publisher().orElse(null));
        json.put("url", view.url().orElse(null));
        json.put("published_on", text(view.publishedOn()));
        json.put("identity_hidden", !view.notesVisible());
        json.put("notes", view.notes().orElse(null));
        json.put("organisation_id", view.owner().map(DocumentView.OrganisationName::id).orElse(null));
        json.put("confidentiality", view.confidentiality().code());
        json.put("external_id", view.externalId().orElse(null));
        json.put("act_count", view.actCount());
        json.put("attachment_count", view.attachmentCount());
        json.put("version", view.version());
        return json;
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
