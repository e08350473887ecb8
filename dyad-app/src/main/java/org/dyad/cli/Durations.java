package org.dyad.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a duration as people write it on a command line: "15m", "30s", "1h30m", "2d". */
final class Durations implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d+[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!WHOLE.matcher(v).matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: write it like 15m, 30s, 1h or 1h30m");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(v);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        if (total.isZero()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is no time at all: give a positive duration such as 15m");
        }
        return total;
    }
}
