package org.dyad.code;

import org.dyad.lexicon.petrarch.PatternToken;
import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.dyad.lexicon.petrarch.PetrarchVerbs;
import org.dyad.lexicon.petrarch.Synset;
import org.dyad.lexicon.petrarch.VerbBlock;
import org.dyad.lexicon.petrarch.VerbCode;
import org.dyad.lexicon.petrarch.VerbEntry;
import org.dyad.lexicon.petrarch.VerbForm;
import org.dyad.lexicon.petrarch.VerbPattern;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The verbs of PETRARCH dictionaries matched as PETRARCH matches them, on the words around a verb:
 * a pattern's words before {@code *} among the words that precede the verb in its clause ("did
 * n't", "most certainly"), the words after it, in order, among the words of the verb's phrase;
 * {@code +} and {@code $} at an actor, synsets as any of their members, words joined by {@code _}
 * next to each other and words separated by a space with anything between. The pattern that
 * matches the most words wins; with none, the verb's own code. Translating the patterns into Dyad's
 * own entry syntax lost what they say about words before the verb and actors inside phrases.
 */
public final class DictionaryVerbs {

    /** The outcome for one verb: its code (null for PETRARCH's null code), where its actors stand, and why. */
    public record Match(String code, String reverse, int source, int target, boolean compound, String written, int words) {
    }

    /** A verb line with its block's patterns whose codes can be used, sorted out once at loading. */
    private record Candidate(VerbEntry entry, VerbBlock block, List<VerbPattern> patterns, Map<String, Synset> synsets) {
    }

    /** Clauses and parts of a verb's tree that are not its phrase. */
    /** Dependents that belong to a name rather than heading a phrase of their own. */
    static final Set<String> INSIDE_NAME = Set.of("compound", "flat", "flat:name", "amod", "det", "nummod", "case",
            "nmod:poss", "fixed", "goeswith");

    private static final Set<String> OUTSIDE = Set.of("nsubj", "nsubj:pass", "csubj", "parataxis", "punct", "conj", "cc");

    private final Map<String, List<Candidate>> byWord = new HashMap<>();
    /** A pattern word's parts, split once, shared by threads: the text of a word is built by a regular expression. */
    private final java.util.concurrent.ConcurrentMap<String, String[]> wordParts = new java.util.concurrent.ConcurrentHashMap<>();

    public DictionaryVerbs(PetrarchDictionaries dictionaries) {
        for (PetrarchVerbs file : dictionaries.verbs()) {
            for (VerbBlock block : file.blocks()) {
                List<VerbPattern> usable = block.patterns().stream().filter(p -> usable(p.code())).toList();
                for (VerbEntry entry : block.verbs()) {
                    Candidate c = new Candidate(entry, block, usable, file.synsets());
                    byWord.computeIfAbsent(entry.verb().verb(), k -> new ArrayList<>()).add(c);
                    for (VerbForm form : entry.forms()) {
                        byWord.computeIfAbsent(form.verb(), k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
    }

    public boolean knows(String lemma) {
        return byWord.containsKey(lemma.toUpperCase(Locale.ROOT));
    }

    /**
     * The best match for the verb at {@code verb}, or empty when the dictionaries do not have it;
     * {@code actorAt} says whether an actor's phrase is headed at a token.
     */
    public Optional<Match> match(Sentence s, int verb, IntPredicate actorAt) {
        return match(s, verb, -1, actorAt);
    }

    /**
     * As {@link #match(Sentence, int, IntPredicate)}, with the verb's subject, which a pattern's
     * {@code $} or {@code %} before the verb stands for ("- % * [120]": a compound subject).
     */
    public Optional<Match> match(Sentence s, int verb, int subject, IntPredicate actorAt) {
        Token v = s.token(verb);
        // A verb listed in the form written ("LEFT [040:040]") says more than the lemma's block (LEAVE).
        List<Candidate> asWritten = byWord.getOrDefault(v.word().toUpperCase(Locale.ROOT), List.of());
        List<Candidate> candidates = new ArrayList<>(asWritten);
        for (Candidate c : byWord.getOrDefault(v.lemma().toUpperCase(Locale.ROOT), List.of())) {
            if (!candidates.contains(c)) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // A clause the verb governs ("allowed that Mordor is not the neatest place") is not matched for
        // words, as PETRARCH matches only its own verb phrase; words before the verb count from its
        // first auxiliary ("did n't", "will not ever"), since an adverb before that ("Gollum recently
        // allowed") stands outside the verb phrase.
        // Conjuncts inside it stay ("launched a new bombing and shelling offensive"): only the verb's own
        // conjuncts are other clauses.
        List<Integer> phrase = s.subtree(verb, i -> OUTSIDE.contains(s.token(i).relation())
                && !(s.token(i).head() != verb && Set.of("conj", "cc").contains(s.token(i).relation()))
                || s.token(i).head() == verb && s.token(i).relation().equals("ccomp"));
        int firstAux = phrase.stream().filter(i -> i < verb && s.token(i).baseRelation().equals("aux")).findFirst().orElse(verb);
        // The subject's own words are before the verb too ("- {DEATH TOLL} * [190]").
        List<Integer> lower = new ArrayList<>();
        if (subject >= 0 && subject < verb) {
            // Not its coordinators: "Neither Galadriel nor Gollum boycotted" is no "NEITHER *".
            lower.addAll(s.subtree(subject, i -> s.token(i).isVerb() || OUTSIDE.contains(s.token(i).relation())
                    || s.token(i).relation().startsWith("acl") || s.token(i).baseRelation().equals("cc")));
        }
        phrase.stream().filter(i -> i >= firstAux && i < verb).forEach(lower::add);
        List<Integer> upper = phrase.stream().filter(i -> i > verb).toList();
        Match best = null;
        int bestWords = -1;
        for (Candidate c : candidates) {
            int verbWords = verbWords(s, verb, c.entry());
            int formBonus = asWritten.contains(c) && c.entry().verb().text().equalsIgnoreCase(v.word()) ? 5 : 0;
            if (verbWords < 0) {
                continue;
            }
            for (VerbPattern pattern : c.patterns()) {
                Matcher m = new Matcher(s, c.synsets(), actorAt);
                int before = m.matchAll(pattern.beforeVerb(), lower, true);
                if (before < 0) {
                    continue;
                }
                int after = m.matchAll(pattern.afterVerb(), upper, false);
                if (after < 0) {
                    continue;
                }
                int words = verbWords * 10 + formBonus + before + after + 1;
                if (words > bestWords) {
                    bestWords = words;
                    best = match(pattern.code(), m, c.block().head() + ": " + pattern.raw() + " [" + pattern.code().raw() + "]", words);
                }
            }
            int words = verbWords * 10 + formBonus;
            if (words > bestWords) {
                bestWords = words;
                best = match(c.block().codeOf(c.entry()), new Matcher(s, c.synsets(), actorAt),
                        c.block().head() + ": " + c.entry().verb().raw() + " [" + c.block().codeOf(c.entry()).raw() + "]", words);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A code that is neither an event code nor the null code ("+++") was reported at loading; its pattern is not used. */
    private static boolean usable(VerbCode code) {
        return code.isNull() || code.primary().map(org.dyad.model.CameoCode::isCode).orElse(true)
                && code.paired().map(org.dyad.model.CameoCode::isCode).orElse(true);
    }

    private static Match match(VerbCode code, Matcher m, String written, int words) {
        // What is not an event code at all ("+++") yields no event, as the null code does; it was reported at loading.
        String primary = code.isNull() ? null : code.primary().filter(org.dyad.model.CameoCode::isCode).orElse(null);
        String reverse = code.paired().filter(org.dyad.model.CameoCode::isCode).orElse(null);
        return new Match(primary, reverse, m.source, m.target, m.compound, written, words);
    }

    /**
     * How many words of a verb of several words ("BREAK DOWN", "WIRE TAP") stand around the verb
     * in the sentence, or -1 when they are not there.
     */
    private static int verbWords(Sentence s, int verb, VerbEntry entry) {
        VerbForm form = entry.verb();
        for (int k = 0; k < form.words().size(); k++) {
            if (k == form.verbIndex()) {
                continue;
            }
            int at = verb + (k - form.verbIndex());
            if (at < 0 || at >= s.size() || !s.token(at).word().equalsIgnoreCase(form.words().get(k))) {
                // A particle may stand after the object: "broke relations down" is rare, "broke down relations" is news.
                return -1;
            }
        }
        return form.words().size();
    }


    /** One attempt to match a pattern; remembers the actors it met. */
    private final class Matcher {
        private final Sentence s;
        private final Map<String, Synset> synsets;
        private final IntPredicate actorAt;
        int source = -1;
        int target = -1;
        boolean compound;

        Matcher(Sentence s, Map<String, Synset> synsets, IntPredicate actorAt) {
            this.s = s;
            this.synsets = synsets;
            this.actorAt = actorAt;
        }

        /** Matches tokens in order among the given positions, other words allowed between them; the number of words matched, or -1. */
        int matchAll(List<PatternToken> tokens, List<Integer> positions, boolean lower) {
            int[] words = {0};
            int end = matchFrom(tokens, 0, positions, 0, false, words);
            return end < 0 ? -1 : words[0];
        }

        /**
         * Matches tokens[i..] from position index {@code from}; returns the position index after, or
         * -1; {@code contiguous} marks a noun phrase.
         */
        private int matchFrom(List<PatternToken> tokens, int i, List<Integer> positions, int from, boolean contiguous, int[] words) {
            if (i == tokens.size()) {
                return from;
            }
            PatternToken t = tokens.get(i);
            // Inside a noun phrase, what follows a synset must come next ({&TIETYPES MEMOS} is not
            // "cultural internal memos"), while a plain word may have modifiers after it ({NEW
            // &TIETYPES RELATIONS} is "new global economic relations"), as PETRARCH's suite has it.
            boolean adjacent = contiguous && i > 0 && tokens.get(i - 1) instanceof PatternToken.SynsetRef;
            int last = adjacent ? from : positions.size();
            for (int start = from; start <= last; start++) {
                int[] w = {0};
                int saveSource = source;
                int saveTarget = target;
                boolean saveCompound = compound;
                int after = matchOne(t, positions, start, w);
                if (after >= 0) {
                    int[] rest = {0};
                    int end = matchFrom(tokens, i + 1, positions, after, contiguous, rest);
                    if (end >= 0) {
                        words[0] += w[0] + rest[0];
                        return end;
                    }
                }
                source = saveSource;
                target = saveTarget;
                compound = saveCompound;
            }
            return -1;
        }

        /** Matches one token starting exactly at position index {@code at}; the index after it, or -1. */
        private int matchOne(PatternToken t, List<Integer> positions, int at, int[] words) {
            if (at >= positions.size()) {
                return -1;
            }
            int token = positions.get(at);
            if (t instanceof PatternToken.Skip) {
                // TABARI's skip passes over one noun phrase: up to and including its head.
                for (int k = at; k < positions.size(); k++) {
                    Token x = s.token(positions.get(k));
                    if ((x.isNoun() || x.isPronoun()) && !INSIDE_NAME.contains(x.relation())) {
                        return k + 1;
                    }
                }
                return -1;
            }
            if (t instanceof PatternToken.Word word) {
                String[] parts = wordParts.computeIfAbsent(word.raw(), k -> word.text().split(" "));
                for (int k = 0; k < parts.length; k++) {
                    if (at + k >= positions.size() || positions.get(at + k) != token + k || !same(s.token(token + k), parts[k])) {
                        return -1;
                    }
                }
                words[0] += parts.length;
                return at + parts.length;
            }
            if (t instanceof PatternToken.SynsetRef ref) {
                Synset synset = synsets.get(ref.name());
                if (synset == null) {
                    return -1;
                }
                for (Synset.Member member : synset.members()) {
                    int[] w = {0};
                    int end = group(member.tokens(), positions, at, true, w);
                    if (end >= 0) {
                        words[0] += Math.max(1, w[0]);
                        return end;
                    }
                }
                return -1;
            }
            if (t instanceof PatternToken.Target || t instanceof PatternToken.Source || t instanceof PatternToken.Compound) {
                if (!actorAt.test(token)) {
                    return -1;
                }
                if (t instanceof PatternToken.Compound && s.children(token, "conj").isEmpty() && !s.token(token).relation().equals("conj")) {
                    return -1;
                }
                if (t instanceof PatternToken.Target) {
                    target = token;
                } else if (t instanceof PatternToken.Source) {
                    source = token;
                } else {
                    compound = true;
                }
                words[0] += 1;
                return at + 1;
            }
            if (t instanceof PatternToken.NounPhrase np) {
                return group(np.tokens(), positions, at, true, words);
            }
            if (t instanceof PatternToken.PrepositionalPhrase pp) {
                return group(pp.tokens(), positions, at, false, words);
            }
            return -1;
        }

        /** A group's elements, its first one exactly at {@code at}. */
        private int group(List<PatternToken> tokens, List<Integer> positions, int at, boolean contiguous, int[] words) {
            if (tokens.isEmpty()) {
                return at;
            }
            int[] w = {0};
            int saveSource = source;
            int saveTarget = target;
            int after = matchOne(tokens.get(0), positions, at, w);
            if (after < 0) {
                return -1;
            }
            int[] rest = {0};
            int end = matchFrom(tokens, 1, positions, after, contiguous, rest);
            if (end < 0) {
                source = saveSource;
                target = saveTarget;
                return -1;
            }
            words[0] += w[0] + rest[0];
            return end;
        }

        /** A pattern word matches a token as written or by its lemma ("MEMOS" for MEMO); a trailing '_' is gone from the text. */
        private static boolean same(Token t, String word) {
            return t.word().equalsIgnoreCase(word) || t.lemma().equalsIgnoreCase(word);
        }
    }
}
