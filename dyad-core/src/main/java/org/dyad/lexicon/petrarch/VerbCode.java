package org.dyad.lexicon.petrarch;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of a verb block, verb or pattern as written between the brackets: {@code 043},
 * {@code 043:042}, {@code :0874}, {@code ---}. It is kept as written, since the validation
 * dictionary deliberately holds codes that are not CAMEO ({@code xxy}, {@code 174L}, {@code ###}):
 * checking codes against CAMEO is the coder's business.
 *
 * <p>A colon makes a paired code, PETRARCH's symmetric event: the part before it is the event the
 * source does to the target, the part after it the event the target does to the source
 * ({@code HOST [043:042]}: A hosts B, so B visits A). Either part may be empty ({@code [:0874]}:
 * only the reverse event). It does not mark the passive voice, which PETRARCH reads from the parse.
 * {@code ---} is the null code: the verb or pattern is recognised and yields no event.
 */
public record VerbCode(String raw) {

    public static final String NULL = "---";

    public VerbCode {
        Objects.requireNonNull(raw, "raw");
        if (raw.isEmpty() || raw.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a code is one word, without spaces: '" + raw + "'");
        }
        int colon = raw.indexOf(':');
        if (colon >= 0 && (raw.indexOf(':', colon + 1) >= 0 || raw.equals(":"))) {
            throw new IllegalArgumentException("a paired code is CODE:CODE, one side may be empty: '" + raw + "'");
        }
    }

    /** The event of source on target; empty for {@code [:X]}. */
    public Optional<String> primary() {
        int colon = raw.indexOf(':');
        String first = colon < 0 ? raw : raw.substring(0, colon);
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /** The event of target on source in a paired code; empty for a plain code. */
    public Optional<String> paired() {
        int colon = raw.indexOf(':');
        return colon < 0 || colon == raw.length() - 1 ? Optional.empty() : Optional.of(raw.substring(colon + 1));
    }

    public boolean isPaired() {
        return raw.indexOf(':') >= 0;
    }

    /** True for {@code ---}: recognised, yields no event. */
    public boolean isNull() {
        return raw.equals(NULL);
    }

    /** The code written between brackets, {@code inside} being what stands between them. */
    static VerbCode parse(String inside) throws MalformedLine {
        String code = inside.strip();
        try {
            return new VerbCode(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedLine("unreadable code [" + inside + "]: " + e.getMessage());
        }
    }
}
