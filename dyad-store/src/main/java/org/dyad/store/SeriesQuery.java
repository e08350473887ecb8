package org.dyad.store;

import java.util.Locale;
import java.util.Map;

/** Events counted per period: the events chosen by {@code filter} (its page is ignored), per day, week or month. */
public record SeriesQuery(EventQuery filter, Interval interval) {

    public enum Interval { DAY, WEEK, MONTH }

    public SeriesQuery {
        if (filter == null) {
            filter = EventQuery.all();
        }
        if (interval == null) {
            interval = Interval.MONTH;
        }
    }

    /** The parameters of {@link EventQuery#parse} plus {@code interval} = day, week or month (default month). */
    public static SeriesQuery parse(Map<String, String> params) {
        EventQuery filter = EventQuery.parse(params);
        String v = params.get("interval");
        if (v == null || v.isBlank()) {
            return new SeriesQuery(filter, Interval.MONTH);
        }
        try {
            return new SeriesQuery(filter, Interval.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("interval", "expected day, week or month, was '" + v + "'");
        }
    }
}
