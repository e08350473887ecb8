package org.dyad.lexicon.petrarch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code and the dates it holds for, from one bracket of an actor entry:
 * {@code [HOB]} has no dates, {@code [HOB <950601]} holds until 1 June 1995, {@code [HOB >950601]}
 * from it, {@code [HOB 950601-990815]} between the two. A null date is an open end.
 *
 * <p>The dates are kept as written. PETRARCH 2 takes {@code from} as inside and {@code to} as
 * outside (a story of 1 June 1995 is past {@code <950601} and within {@code >950601}); among an
 * entry's dated codes the first that holds wins ({@code [ORCHOB 100109-100112]} written above a
 * wider range overrides it there), and an undated code is the default for the days no dated one
 * covers, wherever it is written. {@code code} is kept as written: {@code ---} is the null code,
 * and TABARI's {@code ELR/GAL} is not split.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public DatedCode {
        Objects.requireNonNull(code, "code");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a date range ends before it starts: " + from + " to " + to);
        }
    }

    /** A code with no dates, e.g. {@code [HOB]}. */
    public static DatedCode always(String code) {
        return new DatedCode(code, null, null);
    }

    /** True when the bracket gives no dates. */
    public boolean isUndated() {
        return from == null && to == null;
    }

    /** True for {@code ---}: the name is known and yields no actor. */
    public boolean isNull() {
        return code.equals("---");
    }
}
