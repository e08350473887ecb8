package org.dyad.nlp;

import org.dyad.actor.ActorLexicon;
import org.dyad.actor.Country;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.place.Gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Dyad's own fine-grained entity types for places, in place of CoreNLP's fine-grained NER (a
 * TokensRegex pass over half a million names that took longer than the parser). A LOCATION the
 * statistical NER found, or capitalised nouns and adjectives it left untyped, become COUNTRY when
 * they name a country of the lexicon, NATIONALITY when they are a country's adjective or demonym,
 * CITY when the gazetteer knows them. PERSON and ORGANIZATION stay as they are, as CoreNLP's
 * fine-grained pass leaves them. Immutable; shared by all threads.
 */
public final class PlaceNames {

    /** "Democratic Republic of the Congo" is five tokens; longer names are written shorter in news. */
    private static final int MAX_TOKENS = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Entities a place name that starts on an untyped word may take in whole ("Saint" + PERSON "Lucia"). */
    private static final java.util.Set<String> NAMED_TYPES = java.util.Set.of("LOCATION", "COUNTRY", "CITY", "PERSON",
            "ORGANIZATION", "MISC");

    private final Map<String, List<String>> countries = new HashMap<>();
    private final Map<String, List<String>> nationalities = new HashMap<>();
    private final Predicate<String> isCity;

    /**
     * @param countryNames names of countries ("Russia", "United States", "U.S.")
     * @param adjectives   their adjectives and demonyms ("Russian", "Russians")
     * @param isCity       whether words name a city (case and accents folded)
     */
    public PlaceNames(Collection<String> countryNames, Collection<String> adjectives, Predicate<String> isCity) {
        countryNames.forEach(n -> countries.computeIfAbsent(key(n), k -> new ArrayList<>()).add(n));
        adjectives.forEach(n -> nationalities.computeIfAbsent(key(n), k -> new ArrayList<>()).add(n));
        this.isCity = isCity;
    }

    /** The countries of Dyad's bundled lexicon and the cities of its gazetteer. */
    public static PlaceNames bundled() {
        List<String> names = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        for (Country c : ActorLexicon.bundled().countries()) {
            names.addAll(c.names());
            adjectives.addAll(c.adjectives());
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        return new PlaceNames(names, adjectives, words -> !gazetteer.cities(words).isEmpty());
    }

    /** COUNTRY, NATIONALITY or CITY for words that name one, else null. */
    public String typeOf(String words) {
        String key = key(words);
        if (matches(countries.get(key), words)) {
            return "COUNTRY";
        }
        if (matches(nationalities.get(key), words)) {
            return "NATIONALITY";
        }
        return isCity.test(words) ? "CITY" : null;
    }

    /** The sentence with its place names typed: tokens retagged, mentions retyped or added. */
    public Sentence refine(Sentence sentence) {
        int n = sentence.size();
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = sentence.token(i).ner();
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : sentence.mentions()) {
            // A PERSON of several words that is a country's whole name is the country ("Saint Lucia",
            // "Sierra Leone"); one word ("Jordan", "Chad") may well be a person.
            String type = m.type().equals("LOCATION") ? typeOf(m.text())
                    : m.type().equals("PERSON") && m.end() - m.start() > 1 && matches(countries.get(key(m.text())), m.text())
                    ? "COUNTRY" : null;
            if (type == null) {
                mentions.add(m);
            } else {
                mentions.add(new Mention(m.start(), m.end(), type, m.text()));
                java.util.Arrays.fill(tags, m.start(), m.end(), type);
            }
        }
        int i = 0;
        while (i < n) {
            int end = untypedStart(sentence, tags, i) ? longestName(sentence, tags, mentions, i) : -1;
            if (end > i) {
                String words = sentence.words(i, end);
                String type = typeOf(words);
                final int from = i;
                // "Saint Lucia" where the NER saw only "Lucia" (as a person): the longer name wins.
                mentions.removeIf(m -> m.start() >= from && m.end() <= end);
                mentions.add(new Mention(i, end, type, words));
                java.util.Arrays.fill(tags, i, end, type);
                i = end;
            } else {
                i++;
            }
        }
        boolean changed = false;
        List<Token> tokens = new ArrayList<>(n);
        for (Token t : sentence.tokens()) {
            String tag = tags[t.index()];
            changed |= !tag.equals(t.ner());
            tokens.add(tag.equals(t.ner()) ? t : new Token(t.index(), t.word(), t.lemma(), t.pos(), tag, t.head(),
                    t.relation(), t.begin(), t.end()));
        }
        if (!changed) {
            return sentence;
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Sentence(sentence.index(), sentence.headline(), sentence.text(), tokens, mentions, sentence.times());
    }

    /** A capitalised noun or adjective that the NER left untyped: where a place name may start. */
    private static boolean untypedStart(Sentence s, String[] tags, int i) {
        Token t = s.token(i);
        return tags[i].equals("O") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
    }

    /**
     * The end of the longest stretch from {@code start} that names a place, or -1: untyped words,
     * and whole entities the NER found after them ("Saint" untyped before "Lucia", which the NER
     * took for a person).
     */
    private int longestName(Sentence s, String[] tags, List<Mention> mentions, int start) {
        int limit = start;
        while (limit < s.size() && limit - start < MAX_TOKENS && (tags[limit].equals("O") || NAMED_TYPES.contains(tags[limit]))) {
            limit++;
        }
        for (int end = limit; end > start; end--) {
            if (!cutsAMention(mentions, start, end) && typeOf(s.words(start, end)) != null) {
                return end;
            }
        }
        return -1;
    }

    private static boolean cutsAMention(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && m.end() > start && (m.start() < start || m.end() > end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name as written in the lexicon may match these words: short all-capital names
     * ("US") only exactly, so that "us" never does; others whatever their case.
     */
    private static boolean matches(List<String> written, String words) {
        if (written == null) {
            return false;
        }
        for (String w : written) {
            boolean shortCaps = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
            if (!shortCaps || w.equals(words)) {
                return true;
            }
        }
        return false;
    }

    static String key(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace('’', '\'').replace('‘', '\'');
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
