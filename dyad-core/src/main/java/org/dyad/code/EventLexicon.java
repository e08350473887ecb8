package org.dyad.code;

import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconLine;
import org.dyad.model.CameoCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb and noun lexicons (verbs.txt, nouns.txt): event triggers with their patterns, indexed by
 * lemma. See docs/lexicons.md for the pattern syntax. Unreadable lines and codes missing from the
 * codebook are kept in {@link #problems()} and skipped.
 */
public final class EventLexicon {

    /** Closed-class words that introduce an oblique, or stand alone as a verb particle. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "against", "on", "in", "at", "from", "for",
            "into", "over", "toward", "towards", "about", "of", "by", "upon", "onto", "across", "through", "under",
            "between", "among", "after", "within", "off", "out", "up", "down", "back", "away", "aside", "forward",
            "around", "behind", "near", "inside", "outside", "amid", "beyond", "along", "alongside", "as");

    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public EventLexicon(List<LexiconLine> verbLines, List<LexiconLine> nounLines, CameoCodebook codebook) {
        verbLines.forEach(l -> add(l, verbs, codebook, false));
        nounLines.forEach(l -> add(l, nouns, codebook, true));
    }

    public static EventLexicon bundled(CameoCodebook codebook) {
        return new EventLexicon(LexiconFile.resource("lexicon/verbs.txt"), LexiconFile.resource("lexicon/nouns.txt"), codebook);
    }

    /** Whether a word introduces an oblique (or stands as a particle) in a pattern. */
    public static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word);
    }

    public List<EventPattern> entries(boolean nominal, String lemma) {
        return (nominal ? nouns : verbs).getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean isEventNoun(String lemma) {
        return nouns.containsKey(lemma);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public int size() {
        return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
    }

    /** All entries, verbs then nouns, for the linter and coverage reports. */
    public List<EventPattern> all() {
        List<EventPattern> out = new ArrayList<>();
        verbs.values().forEach(out::addAll);
        nouns.values().forEach(out::addAll);
        return out;
    }

    private void add(LexiconLine line, Map<String, List<EventPattern>> into, CameoCodebook codebook, boolean nominal) {
        String code = line.field(0);
        if (!CameoCode.isCode(code)) {
            problems.add(line.where() + ": '" + code + "' is not a CAMEO code; expected code | pattern | note");
            return;
        }
        if (!codebook.contains(code)) {
            problems.add(line.where() + ": code " + code + " is not in the CAMEO codebook (cameo.txt)");
            return;
        }
        try {
            for (EventPattern p : parse(new CameoCode(code), line.field(1), line.where(), nominal)) {
                List<EventPattern> list = into.computeIfAbsent(p.trigger(), k -> new ArrayList<>());
                EventPattern same = list.stream().filter(o -> o.written().equals(p.written())).findFirst().orElse(null);
                if (same != null) {
                    problems.add(line.where() + ": pattern '" + p.written() + "' is already at " + same.where()
                            + (same.code().equals(p.code()) ? "" : " with code " + same.code()));
                    continue;
                }
                list.add(p);
            }
        } catch (IllegalArgumentException e) {
            problems.add(line.where() + ": " + e.getMessage());
        }
    }

    /**
     * Parses a pattern. In nouns.txt the words before the first preposition are the trigger, or a
     * modifier set and the trigger ("air|drone strike on TARGET"); "/" separates alternative
     * triggers ("phone call/conversation"), each giving its own pattern.
     */
    static List<EventPattern> parse(CameoCode code, String pattern, String where, boolean nominal) {
        String written = pattern.strip().replaceAll("\\s+", " ");
        // Words are lemmas and compared in lower case; the slot is written TARGET, and the class of
        // places PLACE, in capitals, so that the verb "target" and the noun "place" stay words.
        List<String> words = new ArrayList<>();
        for (String w : written.split(" ")) {
            words.add(w.equals("TARGET") ? w : Arrays.stream(w.split("\\|", -1))
                    .map(a -> a.equals(PLACE) ? a : a.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining("|")));
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        boolean negated = false;
        if (words.get(0).equals("not")) {
            negated = true;
            words.remove(0);
        }
        if (words.isEmpty() || words.get(0).equals("TARGET")) {
            throw new IllegalArgumentException("pattern '" + written + "' has no trigger word");
        }
        Set<String> modifiers = null;
        if (nominal && words.size() > 1 && !PREPOSITIONS.contains(words.get(1)) && !words.get(1).equals("TARGET")) {
            modifiers = slot(words.remove(0));
        }
        List<String> triggers = Arrays.asList(words.get(0).split("/"));
        if (!nominal && triggers.size() > 1) {
            throw new IllegalArgumentException("'/' alternatives are for noun triggers; write one verb per line");
        }
        String particle = null;
        List<EventPattern.Element> elements = new ArrayList<>();
        int i = 1;
        while (i < words.size()) {
            String w = words.get(i);
            boolean next = i + 1 < words.size() && isSlotWord(words.get(i + 1));
            if (PREPOSITIONS.contains(w) && next) {
                elements.add(new EventPattern.Element(w, slot(words.get(i + 1))));
                i += 2;
            } else if (PREPOSITIONS.contains(w) && i == 1 && !nominal) {
                particle = w;
                i++;
            } else if (isSlotWord(w) && !nominal) {
                elements.add(new EventPattern.Element(null, slot(w)));
                i++;
            } else {
                throw new IllegalArgumentException("cannot read '" + w + "' in pattern '" + written + "'");
            }
        }
        List<EventPattern> out = new ArrayList<>();
        for (String trigger : triggers) {
            String one = triggers.size() == 1 ? written : written.replace(words.get(0), trigger);
            out.add(new EventPattern(code, trigger, modifiers, negated, particle, List.copyOf(elements), one, where));
        }
        return out;
    }

    /** In an object's or oblique's word set: any place a name gives (a country, a city, a region). */
    static final String PLACE = "PLACE";

    private static boolean isSlotWord(String w) {
        return w.equals("TARGET") || w.contains("|") || !PREPOSITIONS.contains(w);
    }

    private static Set<String> slot(String w) {
        if (w.equals("TARGET")) {
            return null;
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (String s : w.split("\\|")) {
            if (!s.isBlank()) {
                lemmas.add(s.strip());
            }
        }
        return Collections.unmodifiableSet(lemmas);
    }
}
