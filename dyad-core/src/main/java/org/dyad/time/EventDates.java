package org.dyad.time;

import org.dyad.model.EventDate;
import org.dyad.model.TimeExpression;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an event: the calendar value of the time expression attached to its predicate (as
 * SUTime resolved it against the publication date), at the precision the text gives; else the
 * publication date; else unknown. Recurring or vague times ("every weekend", "recently") do not
 * date an event.
 */
public final class EventDates {

    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private EventDates() {
    }

    public static EventDate of(TimeExpression time, LocalDate published) {
        return of(time, published, Tense.UNKNOWN);
    }

    /** The tense of the predicate a time expression belongs to. */
    public enum Tense { PAST, FUTURE, UNKNOWN }

    /**
     * As {@link #of(TimeExpression, LocalDate)}, with the tense of the predicate placing a bare
     * weekday: "detained Bazoum on Wednesday" is the Wednesday before publication, "will meet on
     * Wednesday" the one after, and with no tense to go by the nearer of the two. Dyad counts the
     * weekday itself rather than keep SUTime's date: SUTime's rules mark the weekday's shared value
     * with the tense they saw ("said on Wednesday that … would"), and that mark carried over to later
     * sentences and articles, so the same sentence was dated differently after another article.
     */
    public static EventDate of(TimeExpression time, LocalDate published, Tense tense) {
        if (time != null) {
            String value = calendarValue(time.value());
            if (value != null) {
                return new EventDate(weekday(value, time.text(), published, tense), "text");
            }
        }
        return published == null ? EventDate.unknown() : new EventDate(published.toString(), "published");
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)^(on\\s+)?(last\\s+|this\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");

    private static String weekday(String value, String text, LocalDate published, Tense tense) {
        Matcher m = WEEKDAY.matcher(text.strip());
        if (published == null || value.length() != 10 || !m.matches() || text.chars().anyMatch(Character::isDigit)) {
            // "Wednesday, March 5" names its date.
            return value;
        }
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(published, LocalDate.parse(value))) > 7) {
            // Anchored elsewhere than the publication date: SUTime had its reason.
            return value;
        }
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(3).toUpperCase(java.util.Locale.ROOT));
        LocalDate before = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        LocalDate after = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        if (m.group(2) != null && m.group(2).strip().equalsIgnoreCase("last")) {
            return published.with(java.time.temporal.TemporalAdjusters.previous(day)).toString();
        }
        if (tense == Tense.PAST) {
            return before.toString();
        }
        if (tense == Tense.FUTURE) {
            return after.toString();
        }
        long back = java.time.temporal.ChronoUnit.DAYS.between(before, published);
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(published, after);
        return (back <= ahead ? before : after).toString();
    }

    /** "2020-09-14" → "2020-09-14", "2020-08" → "2020-08", "2020-09-13TEV" → "2020-09-13", "XXXX-WE" → null. */
    static String calendarValue(String timex) {
        if (timex == null) {
            return null;
        }
        Matcher m = CALENDAR.matcher(timex);
        if (!m.find()) {
            return null;
        }
        if (m.group(2) == null) {
            // A bare year is a date only when it is the whole value ("in 2025"), not a week or a season.
            return timex.length() == 4 ? m.group(1) : null;
        }
        if (m.group(3) == null) {
            return timex.length() == 7 ? m.group(1) + "-" + m.group(2) : null;
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }
}
