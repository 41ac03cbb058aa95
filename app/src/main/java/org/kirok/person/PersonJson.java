package org.kirok.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kirok.store.Confidentiality;
import org.kirok.web.JsonBody;

/** The API's JSON shape of persons, both ways. Hidden identity fields are null with {@code identity_hidden}. */
final class PersonJson {
    private PersonJson() {
    }

    static PersonDraft draft(JsonBody body) {
        List<PersonName> names = body.objects("names").stream()
                .map(name -> {
                    String text = name.requiredText("text");
                    return new PersonName(text,
                            name.text("script").map(NameScript::parse).orElse(NameScript.detect(text)),
                            name.text("system").map(NameSystem::parse).orElse(NameSystem.AS_GIVEN),
                            name.text("order").map(NameOrder::parse).orElse(NameOrder.UNKNOWN));
                })
                .toList();
        return new PersonDraft(names, Sex.parse(body.text("sex").orElse(null)), body.integer("birth_year"),
                body.text("birth_year_precision").map(BirthPrecision::parse).orElse(BirthPrecision.UNKNOWN),
                body.date("birth_date"), body.text("contact"), body.text("notes"), body.id("origin_place_id"),
                body.id("organisation_id"),
                body.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                body.text("external_id"));
    }

    static Map<String, Object> json(PersonView person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id());
        json.put("code", person.code());
        json.put("identity_hidden", !person.identityVisible());
        json.put("names", person.names().map(names -> names.stream().map(PersonJson::name).toList()).orElse(null));
        json.put("sex", person.sex().map(Sex::code).orElse(null));
        json.put("birth_year", person.birthYear().orElse(null));
        json.put("birth_year_precision", person.birthPrecision().code());
        json.put("birth_date", person.birthDate().map(LocalDate::toString).orElse(null));
        json.put("contact", person.contact().orElse(null));
        json.put("notes", person.notes().orElse(null));
        json.put("origin_place_id", person.originPlaceId().orElse(null));
        json.put("origin_place", person.originPlaceName().orElse(null));
        json.put("organisation_id", person.organisationId().orElse(null));
        json.put("confidentiality", person.confidentiality().code());
        json.put("legal_hold", person.legalHold());
        json.put("erased", person.erased());
        json.put("external_id", person.externalId().orElse(null));
        json.put("version", person.version());
        return json;
    }

    private static Map<String, Object> name(PersonName name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", name.text());
        json.put("script", name.script().code());
        json.put("system", name.system().code());
        json.put("order", name.order().code());
        return json;
    }

}
