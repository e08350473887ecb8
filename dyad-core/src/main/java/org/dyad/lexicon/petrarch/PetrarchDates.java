package org.dyad.lexicon.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as PETRARCH writes them: {@code YYMMDD} or {@code YYYYMMDD}.
 *
 * <p>Two-digit years follow KEDS, TABARI and PETRARCH ({@code dstr_to_ordate}): 00 to 30 are
 * 2000 to 2030, 31 to 99 are 1931 to 1999. A dictionary that needs 1930 or earlier, or 2031 or
 * later, writes four digits.
 */
final class PetrarchDates {

    /** The last two-digit year read as 20YY. */
    static final int PIVOT = 30;

    private PetrarchDates() {
    }

    static LocalDate parse(String digits) throws MalformedLine {
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || (digits.length() != 6 && digits.length() != 8)) {
            throw new MalformedLine("'" + digits + "' is not a date: write YYMMDD or YYYYMMDD");
        }
        int year = Integer.parseInt(digits.substring(0, digits.length() - 4));
        if (digits.length() == 6) {
            year += year <= PIVOT ? 2000 : 1900;
        }
        int month = Integer.parseInt(digits.substring(digits.length() - 4, digits.length() - 2));
        int day = Integer.parseInt(digits.substring(digits.length() - 2));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new MalformedLine("'" + digits + "' is not a day of the calendar: write YYMMDD or YYYYMMDD");
        }
    }
}
