package org.dyad.lexicon;

import org.dyad.actor.ActorLexicon;
import org.dyad.code.CameoCodebook;
import org.dyad.code.CodebookEntry;
import org.dyad.code.EventLexicon;
import org.dyad.code.EventPattern;
import org.dyad.model.ActorCode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lints a set of lexicon files as a political scientist would proof-read them: every line readable,
 * no entry listed twice, no pattern or name that means two things, every event code in the codebook,
 * every actor code made of a known country and known roles, and every person's dated roles in order.
 * Each finding names the file and line. The loaders already report what they cannot read; this adds
 * what they read without complaint but silently resolves one way (the later entry loses).
 */
final class LexiconLinter {

    /** The CAMEO actor roles Dyad's own lexicons may use (as agents.txt and docs/lexicons.md list them). */
    static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED", "BUS",
            "EDU", "ELI", "PTY", "SPY", "LAB", "REF", "REL", "HLH", "NGO", "IGO", "CRM", "AGR", "ENV", "MOD", "RAD",
            "UAF", "IRG", "SEP", "INS", "SPO", "ETH");

    /** The lexicon files to lint, by kind; any list may be empty. */
    record Files(List<LexiconLine> cameo, List<LexiconLine> countries, List<LexiconLine> people,
                 List<LexiconLine> organisations, List<LexiconLine> agents, List<LexiconLine> verbs,
                 List<LexiconLine> nouns, List<LexiconLine> regions, List<LexiconLine> descriptions) {

        Files(List<LexiconLine> cameo, List<LexiconLine> countries, List<LexiconLine> people,
              List<LexiconLine> organisations, List<LexiconLine> agents, List<LexiconLine> verbs, List<LexiconLine> nouns) {
            this(cameo, countries, people, organisations, agents, verbs, nouns, List.of(), List.of());
        }

        static Files bundled() {
            return new Files(LexiconFile.resource("lexicon/cameo.txt"), LexiconFile.bundled("countries"),
                    LexiconFile.bundled("people"), LexiconFile.bundled("organisations"), LexiconFile.bundled("agents"),
                    LexiconFile.resource("lexicon/verbs.txt"), LexiconFile.resource("lexicon/nouns.txt"),
                    LexiconFile.bundled("regions"), LexiconFile.bundled("descriptions"));
        }
    }

    List<String> lint(Files files) {
        List<String> out = new ArrayList<>();
        CameoCodebook codebook = new CameoCodebook(files.cameo());
        out.addAll(codebook.problems());
        ActorLexicon actors = new ActorLexicon(files.countries(), files.people(), files.organisations(), files.agents(),
                files.regions(), files.descriptions());
        out.addAll(actors.problems());
        EventLexicon events = new EventLexicon(files.verbs(), files.nouns(), codebook);
        out.addAll(events.problems());

        fieldCounts(files.cameo(), 4, 5, "code | name | quad class | goldstein | plover", out);
        // A country may have no adjective of its own: "Congolese" alone means the DRC, not Congo-Brazzaville.
        fieldCounts(files.countries(), 6, 6, 4, "ISO3 | ISO2 | lat,lon | names | adjectives | seats", out);
        fieldCounts(files.people(), 4, 5, "name | aliases | code | from..to | note", out);
        fieldCounts(files.organisations(), 2, 4, "code | names | note | dated codes", out);
        fieldCounts(files.agents(), 2, 3, "words | role | note", out);
        fieldCounts(files.verbs(), 2, 3, "code | pattern | note", out);
        fieldCounts(files.nouns(), 2, 3, "code | pattern | note", out);
        fieldCounts(files.regions(), 2, 4, "region | names | adjectives | note", out);
        fieldCounts(files.descriptions(), 2, 3, "code | nouns | note", out);

        Set<String> countries = files.countries().stream().map(l -> l.field(0)).collect(Collectors.toSet());
        files.people().forEach(l -> actorCode(l, l.field(2), countries, out));
        files.organisations().forEach(l -> actorCode(l, l.field(0), countries, out));
        // "AFGGOV 2021-08-15..": a dated code is held to the same rules as the organisation's own.
        files.organisations().forEach(l -> l.alternatives(3).forEach(d -> actorCode(l, d.split("\\s+")[0], countries, out)));
        names(files, out);
        descriptions(files, out);
        agents(files.agents(), out);
        people(files.people(), out);
        patterns(events, out);
        return out;
    }

    /** The codes of the codebook no verb or noun entry carries; a root counts as covered by its residual code. */
    static List<String> uncovered(CameoCodebook codebook, EventLexicon events) {
        Set<String> used = events.all().stream().map(p -> p.code().value()).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (CodebookEntry e : codebook.entries()) {
            String code = e.code().value();
            String counted = code.length() == 2 ? code + "0" : code;
            if (!used.contains(counted)) {
                out.add(code);
            }
        }
        return out;
    }

    private static void fieldCounts(List<LexiconLine> lines, int min, int max, String layout, List<String> out) {
        fieldCounts(lines, min, max, min, layout, out);
    }

    private static void fieldCounts(List<LexiconLine> lines, int min, int max, int required, String layout, List<String> out) {
        for (LexiconLine l : lines) {
            int n = l.fields().size();
            if (n < min || n > max) {
                out.add(l.where() + ": " + n + " fields, expected " + layout);
            } else if (l.fields().subList(0, required).stream().anyMatch(String::isEmpty)
                    && !(layout.startsWith("name") && l.field(1).isEmpty() && !l.field(0).isEmpty())) {
                out.add(l.where() + ": an empty required field, expected " + layout);
            }
        }
    }

    private static void actorCode(LexiconLine line, String code, Set<String> countries, List<String> out) {
        if (!ActorCode.isValid(code)) {
            return; // the loader reports it
        }
        ActorCode actor = new ActorCode(code);
        if (actor.isOrganisation()) {
            return;
        }
        if (!actor.isRegion() && !countries.contains(actor.country())) {
            out.add(line.where() + ": '" + code + "' starts with " + actor.country() + ", not a country of countries.txt");
        }
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            String role = code.substring(i, i + 3);
            if (!ROLES.contains(role)) {
                out.add(line.where() + ": '" + code + "' has the role " + role + ", not a CAMEO actor role");
            }
        }
    }

    /** A name of a country or an organisation must stand for one code; people may share names (see people.txt). */
    private static void names(Files files, List<String> out) {
        Map<String, List<Written>> seen = new HashMap<>();
        for (LexiconLine l : files.countries()) {
            for (int f = 3; f <= 5; f++) {
                for (String name : l.alternatives(f)) {
                    // A name and its adjective may be written alike ("Swiss"); within a line that is fine.
                    String code = l.field(0) + (f == 5 ? "GOV" : "");
                    nameOnce(name, code, l, seen, out);
                }
            }
        }
        for (LexiconLine l : files.organisations()) {
            for (String name : l.alternatives(1)) {
                nameOnce(name, l.field(0), l, seen, out);
            }
        }
        for (LexiconLine l : files.regions()) {
            for (int f = 1; f <= 2; f++) {
                for (String name : l.alternatives(f)) {
                    nameOnce(name, l.field(0), l, seen, out);
                }
            }
        }
    }

    /**
     * A description belongs to a code some organisation has (else it is never used), and names each
     * noun once per code.
     */
    private static void descriptions(Files files, List<String> out) {
        Set<String> codes = files.organisations().stream().map(l -> l.field(0)).collect(Collectors.toSet());
        Map<String, LexiconLine> seen = new HashMap<>();
        for (LexiconLine l : files.descriptions()) {
            String code = l.field(0);
            if (!codes.contains(code)) {
                out.add(l.where() + ": no organisation has the code " + code + ": its descriptions are never used");
            }
            for (String noun : l.alternatives(1)) {
                LexiconLine before = seen.putIfAbsent(code + " " + fold(noun), l);
                if (before != null) {
                    out.add(l.where() + ": '" + noun + "' of " + code + " is already at " + before.where() + " (duplicate)");
                }
            }
        }
    }

    private record Written(String name, String code, LexiconLine line) {
    }

    private static void nameOnce(String name, String code, LexiconLine line, Map<String, List<Written>> seen,
                                 List<String> out) {
        List<Written> same = seen.computeIfAbsent(fold(name), k -> new ArrayList<>());
        for (Written before : same) {
            if (before.line() != line && (matches(before.name(), name) || matches(name, before.name()))) {
                out.add(line.where() + ": name '" + name + "' is already at " + before.line().where()
                        + (before.code().equals(code) ? " (duplicate)"
                        : " with code " + before.code() + ", here " + code + " (conflict)"));
                return;
            }
        }
        same.add(new Written(name, code, line));
    }

    /** Names as Dyad compares them: accents, case, apostrophes and spacing folded away. */
    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a lexicon name would match these words of a text, as Dyad decides it: a short
     * all-capital name ("RSF", "UN") only matches itself in capitals; another capitalised name
     * matches words that start with a capital (so "JeM" also matches "JEM").
     */
    static boolean matches(String lexiconName, String text) {
        boolean allCaps = lexiconName.equals(lexiconName.toUpperCase(Locale.ROOT))
                && lexiconName.chars().anyMatch(Character::isLetter);
        if (allCaps && lexiconName.replaceAll("[^A-Za-z]", "").length() <= 4) {
            return lexiconName.equals(text);
        }
        return !Character.isUpperCase(lexiconName.charAt(0)) || Character.isUpperCase(text.charAt(0));
    }

    private static void agents(List<LexiconLine> lines, List<String> out) {
        Map<String, LexiconLine> seen = new HashMap<>();
        for (LexiconLine l : lines) {
            String words = l.field(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            LexiconLine before = seen.putIfAbsent(words, l);
            if (before != null) {
                out.add(l.where() + ": agent '" + words + "' is already at " + before.where()
                        + (before.field(1).equals(l.field(1)) ? " (duplicate)"
                        : " as " + before.field(1) + ", here " + l.field(1) + " (conflict: the later one wins silently)"));
            }
        }
    }

    private record Dated(LexiconLine line, String code, LocalDate from, LocalDate to, String note) {
        LocalDate start() {
            return from == null ? LocalDate.MIN : from;
        }

        LocalDate end() {
            return to == null ? LocalDate.MAX : to;
        }
    }

    /**
     * One person's roles: each runs forward; two roles may share the handover day but no more when
     * their codes differ (Dyad could not tell which holds), nor when they are the same office
     * (same code, and the same note or the same dates: a line written twice). Concurrent offices with one code are allowed
     * ("prime minister" and "foreign minister", both GOV).
     */
    private static void people(List<LexiconLine> lines, List<String> out) {
        Map<String, List<Dated>> byName = new LinkedHashMap<>();
        for (LexiconLine l : lines) {
            String range = l.field(3);
            int dots = range.indexOf("..");
            if (dots < 0 || !ActorCode.isValid(l.field(2))) {
                continue; // the loader reports it
            }
            try {
                LocalDate from = date(range.substring(0, dots));
                LocalDate to = date(range.substring(dots + 2));
                if (from != null && to != null && to.isBefore(from)) {
                    out.add(l.where() + ": " + l.field(0) + " ends (" + to + ") before starting (" + from + ")");
                    continue;
                }
                byName.computeIfAbsent(l.field(0), k -> new ArrayList<>())
                        .add(new Dated(l, l.field(2), from, to, l.field(4)));
            } catch (DateTimeParseException e) {
                // the loader reports it
            }
        }
        byName.forEach((name, roles) -> {
            List<Dated> sorted = roles.stream().sorted(Comparator.comparing(Dated::start)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Dated a = sorted.get(i);
                    Dated b = sorted.get(j);
                    if (!b.start().isBefore(a.end())) {
                        continue;
                    }
                    boolean sameOffice = a.code().equals(b.code())
                            && (a.note().equals(b.note()) || a.start().equals(b.start()) && a.end().equals(b.end()));
                    if (!a.code().equals(b.code()) || sameOffice) {
                        out.add(b.line().where() + ": " + name + " " + b.code() + " " + range(b) + " overlaps "
                                + a.code() + " " + range(a) + " at " + a.line().where()
                                + (sameOffice ? " (the same office twice)" : " (two codes on one day)"));
                    }
                }
            }
        });
    }

    private static String range(Dated d) {
        return (d.from() == null ? "" : d.from()) + ".." + (d.to() == null ? "" : d.to());
    }

    private static LocalDate date(String text) {
        String t = text.strip();
        return t.isEmpty() ? null : LocalDate.parse(t);
    }

    /**
     * Two entries of one trigger that can match the same words with the same weight: the earlier
     * always wins, so the later is dead for the words they share. Same code: a duplicate; different
     * codes: a conflict. An entry whose slot is TARGET is a general one and may follow specific ones.
     */
    private static void patterns(EventLexicon events, List<String> out) {
        Map<String, List<EventPattern>> byTrigger = new HashMap<>();
        for (EventPattern p : events.all()) {
            String kind = p.where().substring(0, p.where().indexOf(':'));
            byTrigger.computeIfAbsent(kind + " " + p.trigger(), k -> new ArrayList<>()).add(p);
        }
        Set<String> reported = new TreeSet<>();
        for (List<EventPattern> list : byTrigger.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    EventPattern a = list.get(i);
                    EventPattern b = list.get(j);
                    if (a.where().equals(b.where()) || !shareWords(a, b)) {
                        continue;
                    }
                    EventPattern first = lineNumber(a) <= lineNumber(b) ? a : b;
                    EventPattern later = first == a ? b : a;
                    reported.add(later.where() + ": pattern '" + later.written() + "' can match what '" + first.written()
                            + "' at " + first.where() + " matches"
                            + (first.code().equals(later.code()) ? " (duplicate)"
                            : " with code " + first.code() + ", here " + later.code() + " (conflict: the first wins)"));
                }
            }
        }
        out.addAll(reported);
    }

    private static int lineNumber(EventPattern p) {
        return Integer.parseInt(p.where().substring(p.where().lastIndexOf(':') + 1));
    }

    private static boolean shareWords(EventPattern a, EventPattern b) {
        if (a.negatedOnly() != b.negatedOnly() || !Objects.equals(a.particle(), b.particle())
                || a.elements().size() != b.elements().size() || !overlap(a.modifiers(), b.modifiers())) {
            return false;
        }
        for (int k = 0; k < a.elements().size(); k++) {
            EventPattern.Element x = a.elements().get(k);
            EventPattern.Element y = b.elements().get(k);
            if (!Objects.equals(x.preposition(), y.preposition())) {
                return false;
            }
            if (x.isTarget() != y.isTarget() || !x.isTarget() && !overlap(x.lemmas(), y.lemmas())) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlap(Set<String> x, Set<String> y) {
        if (x == null || y == null) {
            return x == y;
        }
        return x.stream().anyMatch(y::contains);
    }
}
