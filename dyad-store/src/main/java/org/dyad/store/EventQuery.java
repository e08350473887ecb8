package org.dyad.store;

import org.dyad.model.ActorCode;
import org.dyad.model.Mode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which events to return. Every field may be null (no restriction). The same parameter names serve
 * {@code dyad query} and the web API: country, actor, dyad, root, code, plover, quad, mode, from, to,
 * q, limit, offset.
 *
 * @param country   ISO3 country of the source or the target
 * @param actor     actor code prefix ("RUSGOV", "IGO") of the source or the target
 * @param dyad      two sides "RUS,BLR" (a country or an actor code prefix each), in either direction
 * @param root      CAMEO root, two digits ("04")
 * @param code      CAMEO code or a prefix of it ("042", "1411")
 * @param plover    PLOVER event type ("CONSULT")
 * @param quadClass 1 to 4
 * @param mode      asserted, negated, future or hypothetical
 * @param from      first day, inclusive
 * @param to        last day, inclusive
 * @param text      Lucene query: only events of the articles matching it
 * @param limit     page size, 1 to 1000 (default 100)
 * @param offset    events to skip
 */
public record EventQuery(String country, String actor, String dyad, String root, String code, String plover,
                         Integer quadClass, String mode, LocalDate from, LocalDate to, String text,
                         int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** The parameter names {@link #parse} reads. */
    public static final List<String> PARAMETERS = List.of("country", "actor", "dyad", "root", "code", "plover",
            "quad", "mode", "from", "to", "q", "limit", "offset");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}([A-Z]{3}){0,3}");
    private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");
    private static final Pattern CODE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");
    private static final Pattern PLOVER = Pattern.compile("[A-Za-z][A-Za-z_-]{0,39}");

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQueryException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new BadQueryException("offset", "must be 0 or more, was " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("from", "is after 'to' (" + from + " > " + to + ")");
        }
    }

    /** Every event, first page. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery withPage(int limit, int offset) {
        return new EventQuery(country, actor, dyad, root, code, plover, quadClass, mode, from, to, text, limit, offset);
    }

    /**
     * Reads the parameters named in {@link #PARAMETERS} (others are left to the caller); blank values
     * count as absent. Throws {@link BadQueryException} naming the first bad parameter.
     */
    public static EventQuery parse(Map<String, String> params) {
        String country = upper(params, "country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new BadQueryException("country", "expected a three-letter ISO 3166 code such as RUS, was '" + value(params, "country") + "'");
        }
        if (country != null && ActorCode.isRegionCode(country)) {
            throw new BadQueryException("country", "'" + country + "' is a region of the CAMEO codebook, not a country:"
                    + " ask for it with actor=" + country + " or dyad=" + country + ",…");
        }
        String actor = upper(params, "actor");
        if (actor != null && !ACTOR.matcher(actor).matches()) {
            throw new BadQueryException("actor", "expected a CAMEO actor code or its start such as RUSGOV, was '" + value(params, "actor") + "'");
        }
        String dyad = upper(params, "dyad");
        if (dyad != null) {
            List<String> sides = Arrays.stream(dyad.split(",", -1)).map(String::strip).toList();
            if (sides.size() != 2 || !sides.stream().allMatch(s -> ACTOR.matcher(s).matches())) {
                throw new BadQueryException("dyad", "expected two countries or actor codes separated by a comma such as RUS,BLR, was '" + value(params, "dyad") + "'");
            }
            dyad = String.join(",", sides);
        }
        String root = value(params, "root");
        if (root != null && !ROOT.matcher(root).matches()) {
            throw new BadQueryException("root", "expected a CAMEO root from 01 to 20, was '" + root + "'");
        }
        String code = value(params, "code");
        if (code != null && !CODE.matcher(code).matches()) {
            throw new BadQueryException("code", "expected a CAMEO event code such as 042 or 1411, was '" + code + "'");
        }
        String plover = upper(params, "plover");
        if (plover != null && !PLOVER.matcher(plover).matches()) {
            throw new BadQueryException("plover", "expected a PLOVER event type such as CONSULT, was '" + value(params, "plover") + "'");
        }
        Integer quad = null;
        String quadText = value(params, "quad");
        if (quadText != null) {
            quad = integer("quad", quadText);
            if (quad < 1 || quad > 4) {
                throw new BadQueryException("quad", "expected a quad class from 1 to 4, was " + quadText);
            }
        }
        String mode = value(params, "mode");
        if (mode != null) {
            mode = mode.toLowerCase(Locale.ROOT);
            String m = mode;
            if (Arrays.stream(Mode.values()).noneMatch(v -> v.label().equals(m))) {
                throw new BadQueryException("mode", "expected asserted, negated, future or hypothetical, was '" + mode + "'");
            }
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        String text = value(params, "q");
        String limitText = value(params, "limit");
        int limit = limitText == null ? DEFAULT_LIMIT : integer("limit", limitText);
        String offsetText = value(params, "offset");
        int offset = offsetText == null ? 0 : integer("offset", offsetText);
        return new EventQuery(country, actor, dyad, root, code, plover, quad, mode, from, to, text, limit, offset);
    }

    /** The two sides of {@link #dyad}, or an empty list. */
    public List<String> dyadSides() {
        return dyad == null ? List.of() : List.of(dyad.split(","));
    }

    private static String value(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String upper(Map<String, String> params, String name) {
        String v = value(params, name);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadQueryException(name, "expected a whole number, was '" + text + "'");
        }
    }

    private static LocalDate date(Map<String, String> params, String name) {
        String v = value(params, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadQueryException(name, "expected an ISO date such as 2020-09-14, was '" + v + "'");
        }
    }
}
