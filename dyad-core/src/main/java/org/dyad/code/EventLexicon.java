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
            "around", "behind", "near", "inside", "outside", "amid", "beyond", "along");

    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public EventLexicon(List<LexiconLine> verbLines, List<LexiconLine> nounLines, CameoCodebook codebook) {
        verbLines.forEach(l -> add(l, verbs, codebook));
        nounLines.forEach(l -> add(l, nouns, codebook));
    }

    public static EventLexicon bundled(CameoCodebook codebook) {
        return new EventLexicon(LexiconFile.resource("lexicon/verbs.txt"), LexiconFile.resource("lexicon/nouns.txt"), codebook);
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

    private void add(LexiconLine line, Map<String, List<EventPattern>> into, CameoCodebook codebook) {
        String code = line.field(0);
        if (!CameoCode.isValid(code)) {
            problems.add(line.where() + ": '" + code + "' is not a CAMEO code; expected code | pattern | note");
            return;
        }
        if (!codebook.contains(code)) {
            problems.add(line.where() + ": code " + code + " is not in the CAMEO codebook (cameo.txt)");
            return;
        }
        try {
            EventPattern p = parse(new CameoCode(code), line.field(1), line.where());
            List<EventPattern> list = into.computeIfAbsent(p.trigger(), k -> new ArrayList<>());
            for (EventPattern other : list) {
                if (other.written().equals(p.written())) {
                    problems.add(line.where() + ": pattern '" + p.written() + "' is already at " + other.where()
                            + (other.code().equals(p.code()) ? "" : " with code " + other.code()));
                    return;
                }
            }
            list.add(p);
        } catch (IllegalArgumentException e) {
            problems.add(line.where() + ": " + e.getMessage());
        }
    }

    static EventPattern parse(CameoCode code, String pattern, String where) {
        String written = pattern.strip().replaceAll("\\s+", " ");
        // Words are lemmas and compared in lower case; the slot is written TARGET, in capitals, so that
        // the verb "target" ("target Russia with sanctions") stays a word.
        List<String> words = new ArrayList<>();
        for (String w : written.split(" ")) {
            words.add(w.equals("TARGET") ? w : w.toLowerCase(Locale.ROOT));
        }
        if (written.isEmpty() || words.isEmpty()) {
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
        String trigger = words.get(0);
        String particle = null;
        List<EventPattern.Element> elements = new ArrayList<>();
        int i = 1;
        while (i < words.size()) {
            String w = words.get(i);
            boolean next = i + 1 < words.size() && isSlotWord(words.get(i + 1));
            if (PREPOSITIONS.contains(w) && next) {
                elements.add(new EventPattern.Element(w, slot(words.get(i + 1))));
                i += 2;
            } else if (PREPOSITIONS.contains(w) && i == 1) {
                particle = w;
                i++;
            } else if (isSlotWord(w)) {
                elements.add(new EventPattern.Element(null, slot(w)));
                i++;
            } else {
                throw new IllegalArgumentException("cannot read '" + w + "' in pattern '" + written + "'");
            }
        }
        return new EventPattern(code, trigger, negated, particle, List.copyOf(elements), written, where);
    }

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
