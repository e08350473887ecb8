package org.dyad.pipeline;

import org.dyad.actor.ActorLexicon;
import org.dyad.code.EventLexicon;
import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.petrarch.ActorEntry;
import org.dyad.lexicon.petrarch.AgentEntry;
import org.dyad.lexicon.petrarch.DatedCode;
import org.dyad.lexicon.petrarch.PatternToken;
import org.dyad.lexicon.petrarch.PetrarchActors;
import org.dyad.lexicon.petrarch.PetrarchAgents;
import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.dyad.lexicon.petrarch.PetrarchVerbs;
import org.dyad.lexicon.petrarch.Phrase;
import org.dyad.lexicon.petrarch.Synset;
import org.dyad.lexicon.petrarch.VerbBlock;
import org.dyad.lexicon.petrarch.VerbCode;
import org.dyad.lexicon.petrarch.VerbEntry;
import org.dyad.lexicon.petrarch.VerbPattern;
import org.dyad.model.ActorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Dyad's lexicons built from PETRARCH dictionaries (for {@code --dictionaries}), by writing their
 * entries in Dyad's own line format: actors with one undated three-letter code become countries (so
 * that agents extend them: "Arnor" + "minister" → ARNGOV), other undated codes organisations, dated
 * codes people; agents keep their role codes; each verb gives a bare entry with its block's code,
 * and each pattern of the form "* [words] [preposition] +" an entry with its object word and target
 * preposition. Patterns with phrase groups, skips or compound actors are not translated yet and are
 * counted in {@link #problems()}.
 */
public final class PetrarchLexicons {


    private final List<String> problems = new ArrayList<>();
    private final java.util.Set<String> unknownCodes = new java.util.TreeSet<>();
    private final java.util.Set<String> unusableCodes = new java.util.TreeSet<>();
    private final org.dyad.code.CameoCodebook codebook;
    private int untranslated;

    private PetrarchLexicons(org.dyad.code.CameoCodebook codebook) {
        this.codebook = codebook;
    }

    /**
     * The code to write for a PETRARCH code: null for its null code ("---") and for what cannot be an
     * event code at all; a dictionary's own code outside CAMEO is kept as given and reported.
     */
    private String usable(java.util.Optional<String> code) {
        if (code.isEmpty() || code.get().equals(VerbCode.NULL)) {
            return null;
        }
        if (!codebook.contains(code.get())) {
            if (!org.dyad.model.CameoCode.isCode(code.get())) {
                unusableCodes.add(code.get());
                return null;
            }
            unknownCodes.add(code.get());
        }
        return code.get();
    }

    /** The lexicons, with codebook, cues, gazetteer and discards taken from {@code defaults}. */
    public static Lexicons from(PetrarchDictionaries dictionaries, Lexicons defaults, List<String> problems) {
        PetrarchLexicons converter = new PetrarchLexicons(defaults.codebook());
        problems.addAll(dictionaries.problems());
        StringBuilder countries = new StringBuilder();
        StringBuilder organisations = new StringBuilder();
        StringBuilder people = new StringBuilder();
        for (PetrarchActors file : dictionaries.actors()) {
            for (ActorEntry entry : file.entries()) {
                converter.actor(file.file(), entry, countries, organisations, people);
            }
        }
        StringBuilder agents = new StringBuilder();
        for (PetrarchAgents file : dictionaries.agents()) {
            for (AgentEntry entry : file.entries()) {
                // "POLICE {}" has no plural: written "=police", it is not found through the lemma of "polices".
                String form = entry.pluralsGiven() && entry.plurals().isEmpty() ? "=" : "";
                for (Phrase name : concat(entry.names(), entry.plurals())) {
                    agents.append(form).append(name.text().toLowerCase(Locale.ROOT)).append(" | ").append(entry.code().code())
                            .append(entry.code().beforeActor() ? "~" : "").append(" |\n");
                }
            }
        }
        StringBuilder verbs = new StringBuilder();
        for (PetrarchVerbs file : dictionaries.verbs()) {
            for (VerbBlock block : file.blocks()) {
                converter.verbs(file, block, verbs);
            }
        }
        ActorLexicon actors = new ActorLexicon(LexiconFile.parse("actors (PETRARCH)", countries.toString()),
                LexiconFile.parse("actors (PETRARCH people)", people.toString()),
                LexiconFile.parse("actors (PETRARCH organisations)", organisations.toString()),
                LexiconFile.parse("agents (PETRARCH)", agents.toString()), false);
        org.dyad.code.CameoCodebook codebook = defaults.codebook().withCodes(converter.unknownCodes);
        EventLexicon events = new EventLexicon(LexiconFile.parse("verbs (PETRARCH)", verbs.toString()), List.of(), codebook);
        problems.addAll(actors.problems());
        // Several PETRARCH patterns can translate to one Dyad pattern; that is a loss of detail of the
        // translation, not a fault of the dictionary, so it is counted rather than listed.
        long merged = events.problems().stream().filter(p -> p.contains(" is already at ")).count();
        events.problems().stream().filter(p -> !p.contains(" is already at ")).forEach(problems::add);
        if (merged > 0) {
            problems.add("verbs: " + merged + " patterns translate to the same Dyad pattern as another and were merged");
        }
        problems.addAll(converter.problems);
        if (!converter.unknownCodes.isEmpty()) {
            problems.add("verbs: codes outside the CAMEO codebook, coded as given with quad class 0 and Goldstein 0: " + converter.unknownCodes);
        }
        if (!converter.unusableCodes.isEmpty()) {
            problems.add("verbs: not event codes, patterns skipped: " + converter.unusableCodes);
        }
        if (converter.untranslated > 0) {
            problems.add("verbs: " + converter.untranslated + " patterns whose shape is not translated yet (actors inside phrases, words before the verb)");
        }
        return new Lexicons(actors, defaults.cues(), codebook, events, defaults.gazetteer(), discards(dictionaries, defaults),
                new org.dyad.code.DictionaryVerbs(dictionaries));
    }

    /**
     * The dictionaries' discards ("+TYPHOON" drops the story, "BASEBALL" the sentence) in place of
     * Dyad's own; Dyad's are kept when the folder has no discards file.
     */
    private static org.dyad.lexicon.Discards discards(PetrarchDictionaries dictionaries, Lexicons defaults) {
        if (dictionaries.discards().isEmpty()) {
            return defaults.discards();
        }
        StringBuilder lines = new StringBuilder();
        for (org.dyad.lexicon.petrarch.PetrarchDiscards file : dictionaries.discards()) {
            for (org.dyad.lexicon.petrarch.Discard d : file.discards()) {
                lines.append(d.phrase().text().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(d.wholeStory() ? "article" : "sentence").append(" |\n");
            }
        }
        return new org.dyad.lexicon.Discards(LexiconFile.parse("discards (PETRARCH)", lines.toString()));
    }

    private static List<Phrase> concat(List<Phrase> a, List<Phrase> b) {
        List<Phrase> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** "PRESIDENT_GEORGE_W._BUSH" → "President George W. Bush": names in text are capitalised. */
    private static String name(Phrase p) {
        return java.util.Arrays.stream(p.text().split(" "))
                .map(w -> w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    private void actor(String file, ActorEntry entry, StringBuilder countries, StringBuilder organisations, StringBuilder people) {
        List<DatedCode> codes = entry.codes().stream().filter(c -> !c.isNull() && ActorCode.isCode(c.code())).toList();
        if (codes.isEmpty() || entry.names().isEmpty()) {
            // [---] says the name is no actor: nothing to report.
            if (entry.codes().stream().anyMatch(c -> !c.isNull())) {
                problems.add(file + ":" + entry.line() + ": no code Dyad can use among " + entry.codes());
            }
            return;
        }
        String names = entry.names().stream().map(PetrarchLexicons::name).collect(Collectors.joining("; "));
        if (codes.size() == 1 && codes.get(0).isUndated()) {
            String code = codes.get(0).code();
            if (code.length() == 3 && ActorCode.isValid(code)) {
                countries.append(code).append(" | ZZ | 0,0 | ").append(names).append(" |  | \n");
            } else {
                organisations.append(code).append(" | ").append(names).append(" |\n");
            }
            return;
        }
        String first = name(entry.names().get(0));
        for (DatedCode c : codes) {
            people.append(first).append(" | ").append(names).append(" | ").append(c.code()).append(" | ")
                    .append(c.from() == null ? "" : c.from()).append("..").append(c.to() == null ? "" : c.to().minusDays(1))
                    .append(" |\n");
        }
    }

    private void verbs(PetrarchVerbs file, VerbBlock block, StringBuilder out) {
        for (VerbEntry entry : block.verbs()) {
            String code = usable(entry.code().orElse(block.code()).primary());
            String verb = entry.verb().text().toLowerCase(Locale.ROOT);
            if (code != null) {
                out.append(code).append(" | ").append(verb).append(" |\n");
            }
            for (VerbPattern pattern : block.patterns()) {
                String translated = translate(file, pattern.tokens());
                String patternCode = usable(pattern.code().primary());
                if (translated == null) {
                    untranslated++;
                } else if (patternCode != null && !translated.isEmpty()) {
                    out.append(patternCode).append(" | ").append(verb).append(' ').append(translated).append(" |\n");
                }
            }
        }
    }

    /** The last plain word (or synset alternatives) of a phrase, lower case; null if it has none or holds an actor. */
    private static String lastWord(PetrarchVerbs file, List<PatternToken> tokens) {
        String last = null;
        for (PatternToken t : tokens) {
            if (t instanceof PatternToken.Word w) {
                String word = w.text().toLowerCase(Locale.ROOT);
                last = word.substring(word.lastIndexOf(' ') + 1);
            } else if (t instanceof PatternToken.SynsetRef ref) {
                last = alternatives(file.synsets().get(ref.name()));
                if (last == null) {
                    return null;
                }
            } else if (!(t instanceof PatternToken.Skip)) {
                return null; // an actor or a nested phrase: not a plain word
            }
        }
        return last;
    }

    /** A synset's members as Dyad alternatives ("negotiation|dialogue|discussion"), or null if it has none. */
    private static String alternatives(Synset synset) {
        if (synset == null) {
            return null;
        }
        String joined = synset.members().stream()
                .map(m -> m.raw().toLowerCase(Locale.ROOT).replace('_', ' '))
                .map(m -> m.substring(m.lastIndexOf(' ') + 1)).filter(m -> m.matches("[a-z'-]+"))
                .distinct().collect(Collectors.joining("|"));
        return joined.isEmpty() ? null : joined;
    }

    /** The part of a pattern after the verb in Dyad's syntax, "" when nothing follows, null when untranslatable. */
    private static String translate(PetrarchVerbs file, List<PatternToken> tokens) {
        int verb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof PatternToken.Verb) {
                verb = i;
            }
        }
        if (verb < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        String pendingPreposition = null;
        String objectWords = null;
        for (PatternToken t : tokens.subList(verb + 1, tokens.size())) {
            if (t instanceof PatternToken.Source || t instanceof PatternToken.Compound || t instanceof PatternToken.Skip) {
                // The source is the subject anyway; a compound actor's members act on each other, which
                // Dyad's conjoined subjects give; a skip passes a phrase over.
                continue;
            }
            if (t instanceof PatternToken.Target) {
                out.add(pendingPreposition == null ? "TARGET" : pendingPreposition + " TARGET");
                pendingPreposition = null;
                continue;
            }
            if (t instanceof PatternToken.PrepositionalPhrase pp) {
                // (OF RELATIONS), (WITH +): a preposition and its object.
                List<PatternToken> inner = pp.tokens();
                if (inner.isEmpty() || !(inner.get(0) instanceof PatternToken.Word first)) {
                    return null;
                }
                String preposition = first.text().toLowerCase(Locale.ROOT);
                boolean target = inner.stream().anyMatch(x -> x instanceof PatternToken.Target);
                String head = target ? "TARGET" : lastWord(file, inner.subList(1, inner.size()));
                if (head == null || !EventLexicon.isPreposition(preposition)) {
                    return null;
                }
                out.add(preposition + " " + head);
                continue;
            }
            // A word, a synset or a noun phrase ({DIPLOMATIC TIES}, which stands for its last word).
            String head = t instanceof PatternToken.NounPhrase np ? lastWord(file, np.tokens()) : lastWord(file, List.of(t));
            if (head == null) {
                return null;
            }
            if (t instanceof PatternToken.Word && EventLexicon.isPreposition(head)) {
                pendingPreposition = head;
            } else if (pendingPreposition != null) {
                out.add(pendingPreposition + " " + head);
                pendingPreposition = null;
            } else if (objectWords == null) {
                objectWords = head;
            }
        }
        if (objectWords != null) {
            out.add(0, objectWords);
        }
        String pattern = String.join(" ", out);
        // "* TALKS +": in Dyad's syntax the object word comes first and the target is found by default.
        return objectWords == null ? pattern : pattern.replace(objectWords + " TARGET", objectWords);
    }
}
