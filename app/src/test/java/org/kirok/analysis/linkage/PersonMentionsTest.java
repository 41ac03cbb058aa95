package org.kirok.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kirok.person.BirthPrecision;
import org.kirok.person.NameOrder;
import org.kirok.person.NameScript;
import org.kirok.person.NameSystem;
import org.kirok.person.PersonName;
import org.kirok.person.PersonView;
import org.kirok.store.Confidentiality;

class PersonMentionsTest {

    private static PersonView person(Optional<List<PersonName>> names, boolean erased) {
        UUID id = UUID.randomUUID();
        return new PersonView(id, PersonView.codeOf(id), names, Optional.empty(), Optional.of(1968), BirthPrecision.EXACT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Confidentiality.INTERNAL, false, erased, Optional.empty(), 1);
    }

    private static PersonName name(String text, NameScript script) {
        return new PersonName(text, script, NameSystem.AS_GIVEN, NameOrder.UNKNOWN);
    }

    @Test
    void renderings_of_one_name_give_one_mention_written_in_hangul() {
        PersonView person = person(Optional.of(List.of(name("Kim Yong-chol", NameScript.LATIN), name("김영철", NameScript.HANGUL),
                name("KIM Yong Chol", NameScript.LATIN))), false);
        assertThat(PersonMentions.renderings(person)).containsExactly("김영철");
    }

    @Test
    void names_of_different_keys_give_a_mention_each() {
        PersonView person = person(Optional.of(List.of(name("김영철", NameScript.HANGUL), name("박순희", NameScript.HANGUL))), false);
        assertThat(PersonMentions.renderings(person)).containsExactly("김영철", "박순희");
    }

    @Test
    void hidden_or_erased_names_give_no_mention() {
        assertThat(PersonMentions.renderings(person(Optional.empty(), false))).isEmpty();
        assertThat(PersonMentions.renderings(person(Optional.of(List.of(name("김영철", NameScript.HANGUL))), true))).isEmpty();
    }

    @Test
    void a_mention_id_leads_back_to_its_person() {
        UUID id = UUID.randomUUID();
        assertThat(PersonLevel.personId(id.toString())).isEqualTo(id);
        assertThat(PersonLevel.personId(id + "#2")).isEqualTo(id);
    }
}
