package org.kirok.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kirok.store.Confidentiality;
import org.kirok.web.FormValues;

/** The person form, both ways: from the posted fields to a draft, and from a stored person to fields. */
final class PersonForm {
    private PersonForm() {
    }

    static PersonDraft draft(FormValues form) {
        List<String> texts = form.list("name_text");
        List<String> systems = form.list("name_system");
        List<String> orders = form.list("name_order");
        List<PersonName> names = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            names.add(new PersonName(text, NameScript.detect(text),
                    i < systems.size() ? NameSystem.parse(systems.get(i)) : NameSystem.AS_GIVEN,
                    i < orders.size() ? NameOrder.parse(orders.get(i)) : NameOrder.UNKNOWN));
        }
        return new PersonDraft(names, Sex.parse(form.get("sex")), form.integer("birth_year"),
                form.text("birth_year_precision").map(BirthPrecision::parse).orElse(BirthPrecision.UNKNOWN),
                form.date("birth_date"), form.text("contact"), form.text("notes"), form.id("origin_place_id"),
                java.util.Optional.empty(),
                form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                form.text("external_id"));
    }

    static FormValues values(PersonView person) {
        Map<String, Object> values = new HashMap<>();
        List<PersonName> names = person.names().orElse(List.of());
        values.put("name_text", names.stream().map(PersonName::text).toList());
        values.put("name_system", names.stream().map(n -> n.system().code()).toList());
        values.put("name_order", names.stream().map(n -> n.order().code()).toList());
        values.put("sex", person.sex().map(Sex::code));
        values.put("birth_year", person.birthYear());
        values.put("birth_year_precision", person.birthPrecision().code());
        values.put("birth_date", person.birthDate());
        values.put("contact", person.contact());
        values.put("notes", person.notes());
        values.put("origin_place_id", person.originPlaceId());
        values.put("origin_place_id_label", person.originPlaceName());
        values.put("confidentiality", person.confidentiality().code());
        values.put("external_id", person.externalId());
        values.put("version", person.version());
        return FormValues.from(values);
    }
}
