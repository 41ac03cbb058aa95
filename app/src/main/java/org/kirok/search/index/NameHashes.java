package org.kirok.search.index;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.kirok.engine.name.NameKeys;

/**
 * The keyed hashes by which a person's names are searched, in three strengths, never the names:
 * <ul>
 *   <li>{@code exact}: the spelling itself, case and spacing aside — ranks exact spellings first;</li>
 *   <li>{@code canonical}: the engine's canonical name keys ({@link NameKeys}: Hangul in South and North forms,
 *       every romanization, either order), shared with the linkage issue;</li>
 *   <li>{@code loose}: the looser recall keys (surname with initials, consonant skeleton) for typos.</li>
 * </ul>
 * The given-name-only key is left out: it would match everyone called "Yong Chol".
 */
public record NameHashes(Set<String> exact, Set<String> canonical, Set<String> loose) {
    public static final NameHashes NONE = new NameHashes(Set.of(), Set.of(), Set.of());
    private static final HexFormat HEX = HexFormat.of();

    public NameHashes {
        exact = Set.copyOf(exact);
        canonical = Set.copyOf(canonical);
        loose = Set.copyOf(loose);
    }

    /** The hashes of every name of one person (or of one query). */
    public static NameHashes of(Collection<String> names, Blinder blinder) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> canonical = new LinkedHashSet<>();
        Set<String> loose = new LinkedHashSet<>();
        for (String name : names) {
            String spelling = exactKey(name);
            if (spelling.isEmpty()) {
                continue;
            }
            exact.add(hex(blinder, spelling));
            for (String key : NameKeys.keys(name)) {
                if (key.startsWith("g:")) {
                    continue;
                }
                (key.contains(":") ? loose : canonical).add(hex(blinder, key));
            }
        }
        loose.removeAll(canonical);
        return new NameHashes(exact, canonical, loose);
    }

    public boolean isEmpty() {
        return exact.isEmpty() && canonical.isEmpty() && loose.isEmpty();
    }

    /** The spelling as typed, with case, width forms and spacing normalized; "" for blank input. */
    static String exactKey(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        return folded.isEmpty() ? "" : "x:" + folded;
    }

    static String hex(Blinder blinder, String key) {
        return HEX.formatHex(blinder.blind(key));
    }
}
