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
     * As {@link #of(TimeExpression, LocalDate)}, with the tense of the predicate correcting a bare
     * weekday: SUTime may put "Wednesday" in the week ahead although "detained Bazoum on Wednesday"
     * is past; a past event is moved to the week before publication, a future one to the week after.
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
        if (published == null || value.length() != 10 || !WEEKDAY.matcher(text.strip()).matches()) {
            return value;
        }
        LocalDate date = LocalDate.parse(value);
        if (tense == Tense.PAST && date.isAfter(published)) {
            return date.minusWeeks(1).toString();
        }
        if (tense == Tense.FUTURE && date.isBefore(published)) {
            return date.plusWeeks(1).toString();
        }
        return value;
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
