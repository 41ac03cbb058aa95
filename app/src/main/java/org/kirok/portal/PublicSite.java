package org.kirok.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kirok.web.Messages;

/**
 * What every public page needs: the reader's language and texts, the organisation's name, the programme pages for
 * the menu, the current path (for the language links) and whether the data is the fictional demo. Immutable.
 */
public record PublicSite(Messages messages, String siteName, List<ProgrammePage> programmes, String path, boolean demo) {
    private static final DateTimeFormatter KO = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public String lang() {
        return messages.language();
    }

    public String t(String key) {
        return messages.t(key);
    }

    public String t(String key, Object... arguments) {
        return messages.t(key, arguments);
    }

    /** A publication date as readers of this language write it (in Seoul time, where the organisations are). */
    public String date(Instant instant) {
        return (lang().equals("ko") ? KO : EN).format(instant.atZone(SEOUL));
    }

    /** The same page in the other language. */
    public String otherLanguageHref() {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + (lang().equals("ko") ? "en" : "ko");
    }

    public boolean under(String prefix) {
        return path.startsWith(prefix);
    }
}
