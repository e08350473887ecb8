package org.dyad.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence may hold a time expression, told cheaply from its words, so that SUTime (the
 * costliest part of CoreNLP's NER) reads only the stretches where it can find something. Every
 * time expression SUTime knows has a digit ("2021", "9/11", "10:30"), a calendar word ("Monday",
 * "Jan.", "spring"), a unit of time ("three weeks", "four-hour") or a deictic word ("yesterday",
 * "now", "recently"); words like "last", "next" or "earlier" only make one together with those.
 * The list is generous: a stretch read for nothing costs time, one skipped loses a date.
 */
final class TimeCues {

    private static final Set<String> WORDS = Set.of(
            // months and their abbreviations
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // days of the week
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "weekday", "weekdays", "weekend", "weekends",
            // units of time
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight",
            "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
            "millennium", "millennia", "semester", "season", "seasons", "period", "era", "time", "times", "moment",
            "millisecond", "msec", "sec", "secs", "min", "mins", "hr", "hrs", "wk", "wks", "mo", "mos", "yr", "yrs",
            "workweek", "birthday", "ides", "medieval", "prior",
            "hourly", "daily", "nightly", "weekly", "biweekly", "monthly", "quarterly", "yearly", "annual", "annually",
            "once", "twice",
            // parts of the day and seasons
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "overnight",
            "tonight", "noon", "midday", "midnight", "dawn", "dusk", "daybreak", "sunrise", "sunset", "a.m.", "p.m.",
            "am", "pm", "o'clock", "spring", "summer", "autumn", "fall", "winter", "eve", "teatime", "lunchtime",
            "dinnertime", "suppertime", "sunup", "sundown", "twilight", "daylight", "daytime", "nighttime", "tonite",
            // deictic and relative times
            "today", "tomorrow", "yesterday", "now", "nowadays", "currently", "current", "present", "presently",
            "recently", "ago", "past", "future", "previously",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            // holidays SUTime knows by name (the ones called "… Day" are found by "day")
            "christmas", "easter", "thanksgiving", "halloween", "valentine", "passover", "hanukkah", "chanukah",
            "kwanzaa", "diwali", "ramadan", "eid", "lent", "advent", "mayo");

    /**
     * Numbers that can be or begin a time: a day or an hour ("24", "9"), a year or decade ("2021",
     * "1990s", "'90s", "2014-2022", "mid-2021"), an ordinal ("24th"), a clock time or a written date
     * ("10:30", "9/11", "2021-01-24", "3pm"). Counts ("3,000 protesters", "1.5 million", "S-400")
     * are none: a unit after them ("100 days") is a cue of its own.
     */
    private static final java.util.regex.Pattern NUMERIC_TIME = java.util.regex.Pattern.compile(
            "^\\d{1,2}$|(?<!\\d)[12]\\d{3}(?!\\d)|^'\\d\\ds$|^\\d+(st|nd|rd|th)$|\\d[:/]\\d|^\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private TimeCues() {
    }

    /** Tokens SUTime reads on each side of a cue: an expression and the verb that sets its tense. */
    static final int REACH = Integer.getInteger("dyad.sutime.reach", 6);

    /**
     * The stretches of the sentence, as [start, end) token ranges, that hold a cue with {@link #REACH}
     * tokens on each side, overlapping ones joined; none when no word is a cue.
     */
    static List<int[]> windows(List<String> words) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!isCue(words.get(i))) {
                continue;
            }
            int start = Math.max(0, i - REACH);
            int end = Math.min(words.size(), i + REACH + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = end;
            } else {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    static boolean isCue(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return NUMERIC_TIME.matcher(word).find();
            }
        }
        // The month, not the modal verb, which SUTime leaves alone too.
        if (word.equals("May") || word.equals("MAY")) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (known(lower)) {
            return true;
        }
        // "four-hour", "decades-old", "year-long": a unit inside a hyphenated word.
        if (lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                if (known(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word as it is, without a final period ("Jan.") or without a plural s ("Fridays", "summers"). */
    private static boolean known(String lower) {
        return WORDS.contains(lower)
                || lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1))
                || lower.endsWith("s") && WORDS.contains(lower.substring(0, lower.length() - 1));
    }
}
