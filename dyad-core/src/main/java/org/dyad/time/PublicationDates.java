package org.dyad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as news sites write them: "September 14, 2020", "14 Sep 2020", "2020-09-14",
 * ISO date-times, "06.09.2021", "09/14/2020" and RFC 1123 ("Mon, 14 Sep 2020 10:00:00 +0000").
 */
public final class PublicationDates {

    /*
     * Regular expressions rather than a list of DateTimeFormatters: sites mix abbreviations
     * ("Sept."), ordinals ("14th"), optional commas and trailing times freely, and one pattern per
     * word order covers them all. A time after the date is accepted and ignored, and a date-time
     * keeps the date as written (its own offset), not converted to UTC: that is the day the
     * publisher meant.
     */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH_NAME = "(january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String MONTH = MONTH_NAME + "\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}[\\w\\s:.+-]*)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:published|posted)(?:\\s+on)?:?\\s+)?"
                    + "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?",
            FLAGS);
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?$", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^" + MONTH + "\\s*" + DAY + ",?\\s+(\\d{4})" + TIME + "$", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME + "$", FLAGS);
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME + "$");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME + "$");
    private static final Pattern YEAR_FIRST_SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME + "$");

    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MONTH_NAME + "\\b", FLAGS);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}/\\d{1,2}/\\d{1,2})\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> DATE_WORDS = Set.of("of", "at", "on", "the", "am", "pm", "a", "p", "m",
            "published", "posted", "updated", "st", "nd", "rd", "th", "t", "z",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "utc", "gmt", "est", "edt", "cet", "cest", "bst", "msk", "pst", "pdt", "cst", "cdt");

    private PublicationDates() {
    }

    /** The date the text writes, or empty when the text is not (only) a date; the caller decides what that means. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String date = LABEL.matcher(text.strip()).replaceFirst("");
        Matcher m;
        if ((m = ISO.matcher(date)).matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = MONTH_DAY_YEAR.matcher(date)).matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        if ((m = DAY_MONTH_YEAR.matcher(date)).matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = DOTTED.matcher(date)).matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        if ((m = YEAR_FIRST_SLASHED.matcher(date)).matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = SLASHED.matcher(date)).matches()) {
            // 06/09/2021 is ambiguous. A number above 12 cannot be a month, so it settles the order;
            // otherwise read month/day/year, as the US newsrooms that write slashed dates do.
            boolean dayFirst = Integer.parseInt(m.group(1)) > 12;
            return dayFirst ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    /**
     * Whether a line is meant as a date: short, naming a month or writing a numeric date, with a
     * number and hardly any other words. Tells a date line, even a wrong one, from body text.
     */
    public static boolean looksLikeDate(String line) {
        if (line == null) {
            return false;
        }
        String text = line.strip();
        if (text.isEmpty() || text.length() >= 60 || text.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        if (!MONTH_WORD.matcher(text).find() && !NUMERIC_DATE.matcher(text).find()) {
            return false;
        }
        long otherWords = WORD.matcher(text).results()
                .map(w -> w.group().toLowerCase(Locale.ROOT))
                .filter(w -> !DATE_WORDS.contains(w) && !MONTH_WORD.matcher(w).matches())
                .count();
        return otherWords <= 1;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
