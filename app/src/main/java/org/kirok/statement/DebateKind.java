package org.kirok.statement;

import java.util.Locale;
import org.kirok.store.Codes;
import org.kirok.upr.UprSettings;

/** The kinds of Council debate an NGO speaks in, each with its configurable default speaking slot. */
public enum DebateKind {
    INTERACTIVE_DIALOGUE(UprSettings.Key.SLOT_INTERACTIVE_DIALOGUE),
    GENERAL_DEBATE(UprSettings.Key.SLOT_GENERAL_DEBATE),
    PANEL(UprSettings.Key.SLOT_PANEL),
    UPR_ADOPTION(UprSettings.Key.SLOT_UPR_ADOPTION),
    OTHER(UprSettings.Key.SLOT_OTHER);

    private final UprSettings.Key slot;

    DebateKind(UprSettings.Key slot) {
        this.slot = slot;
    }

    public UprSettings.Key slotSetting() {
        return slot;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DebateKind parse(String code) {
        return Codes.parse(DebateKind.class, code, "debate_kind");
    }
}
