package org.dyad.lexicon.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI actor dictionary (e.g. {@code PETR.Validate.actors.txt}).
 *
 * <p>An entry is a name followed by its codes, {@code NORTH_KOREA [PRK]}; {@code +} lines after it
 * add synonyms, and lines holding only brackets (usually indented) add codes, so that a name line
 * may carry no code at all. A bracket is {@code [CODE]}, {@code [CODE <DATE]},
 * {@code [CODE >DATE]} or {@code [CODE DATE-DATE]}, spaces allowed around the marks; an open end of
 * a range ({@code [CODE DATE-]}) is read too. Indentation carries no meaning.
 */
final class PetrarchActorReader {

    // TABARI codes are letters and digits, '/'-joined alternatives, or the special ---, +++ and ###.
    private static final String CODE = "[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*|---|\\+\\+\\+|###";
    private static final Pattern BRACKET = Pattern.compile(
            "(" + CODE + ")(?:\\s*([<>])\\s*(\\d+)|\\s+(\\d+)?\\s*-\\s*(\\d+)?)?");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private PetrarchActorReader() {
    }

    static PetrarchActors read(String file, String content, Problems problems) {
        List<ActorEntry> entries = new ArrayList<>();
        Entry entry = null;
        for (DictionaryLines.Line line : DictionaryLines.of(content, problems)) {
            String text = line.text();
            try {
                if (text.startsWith("+")) {
                    requireEntry(entry, "a synonym");
                    entry.names.add(synonym(text.substring(1).strip()));
                } else if (text.startsWith("[")) {
                    requireEntry(entry, "a code line");
                    entry.codes.addAll(codes(text));
                } else {
                    finish(entry, entries, problems);
                    entry = null;
                    int bracket = text.indexOf('[');
                    String name = (bracket < 0 ? text : text.substring(0, bracket)).strip();
                    if (name.indexOf(']') >= 0 || name.indexOf('{') >= 0) {
                        throw new MalformedLine("unreadable actor name '" + name + "': write NAME [CODE]");
                    }
                    entry = new Entry(line.number());
                    entry.names.add(new Phrase(name));
                    if (bracket >= 0) {
                        entry.codes.addAll(codes(text.substring(bracket)));
                    }
                }
            } catch (MalformedLine e) {
                problems.at(line.number(), e.getMessage());
            }
        }
        finish(entry, entries, problems);
        return new PetrarchActors(file, entries);
    }

    private static void requireEntry(Entry entry, String what) throws MalformedLine {
        if (entry == null) {
            throw new MalformedLine(what + " before any actor: put it under the actor's name");
        }
    }

    private static Phrase synonym(String name) throws MalformedLine {
        if (name.isEmpty()) {
            throw new MalformedLine("empty synonym: write a name after '+'");
        }
        if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
            throw new MalformedLine("a synonym takes its actor's codes: remove the brackets from the '+' line");
        }
        return new Phrase(name);
    }

    /** The codes of a text that is nothing but brackets. */
    private static List<DatedCode> codes(String text) throws MalformedLine {
        List<DatedCode> out = new ArrayList<>();
        Matcher m = BRACKETS.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                throw new MalformedLine("text between codes: write one [CODE] or [CODE DATES] after another");
            }
            out.add(code(m.group(1).strip()));
            end = m.end();
        }
        if (out.isEmpty() || !text.substring(end).isBlank()) {
            throw new MalformedLine("unreadable code '" + text.strip() + "': write [CODE] or [CODE DATES]");
        }
        return out;
    }

    private static DatedCode code(String inside) throws MalformedLine {
        Matcher m = BRACKET.matcher(inside);
        if (!m.matches()) {
            throw new MalformedLine("unreadable code [" + inside + "]: write [CODE], [CODE <YYMMDD], [CODE >YYMMDD]"
                    + " or [CODE YYMMDD-YYMMDD]");
        }
        String code = m.group(1);
        if (m.group(2) != null) {
            LocalDate date = PetrarchDates.parse(m.group(3));
            return m.group(2).equals("<") ? new DatedCode(code, null, date) : new DatedCode(code, date, null);
        }
        if (m.group(4) == null && m.group(5) == null) {
            if (inside.substring(code.length()).contains("-")) {
                throw new MalformedLine("a date range without dates in [" + inside + "]: write YYMMDD-YYMMDD");
            }
            return DatedCode.always(code);
        }
        LocalDate from = m.group(4) == null ? null : PetrarchDates.parse(m.group(4));
        LocalDate to = m.group(5) == null ? null : PetrarchDates.parse(m.group(5));
        if (from != null && to != null && from.isAfter(to)) {
            throw new MalformedLine("the range in [" + inside + "] ends before it starts: swap its dates");
        }
        return new DatedCode(code, from, to);
    }

    private static void finish(Entry entry, List<ActorEntry> into, Problems problems) {
        if (entry == null) {
            return;
        }
        if (entry.codes.isEmpty()) {
            problems.at(entry.line, "actor " + entry.names.get(0).raw() + " has no code: add [CODE] to its line or"
                    + " under it; the actor is skipped");
            return;
        }
        into.add(new ActorEntry(entry.names, entry.codes, entry.line));
    }

    private static final class Entry {
        final int line;
        final List<Phrase> names = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();

        Entry(int line) {
            this.line = line;
        }
    }
}
