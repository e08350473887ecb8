package org.dyad.store;

import java.time.LocalDate;

/**
 * The events of one period (day, week starting Monday, or month, named by its first day) and one
 * quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
 */
public record SeriesPoint(LocalDate period, int quadClass, long events, double goldstein) {
}
