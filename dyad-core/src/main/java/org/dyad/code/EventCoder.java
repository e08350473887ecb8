package org.dyad.code;

import org.dyad.actor.ActorResolver;
import org.dyad.actor.Resolution;
import org.dyad.lexicon.Cues;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.model.Oblique;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.model.Skipped;
import org.dyad.model.Token;
import org.dyad.place.PlaceResolver;
import org.dyad.time.EventDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes predications into events.
 *
 * <p>The trigger's entries in the verb or noun lexicon are matched against the predication; the
 * most specific entry that matches and whose actors resolve wins. The source is the subject (or the
 * implied agent); the target is the entry's TARGET slot, or, for an entry without one, the object,
 * else an oblique of direction (with, against, on, to, …), else the partner of a reciprocal event.
 * A protest with no named target is coded against the protesters' own government, the convention
 * of CAMEO coders for domestic protest. There is no fallback code: a predication no entry matches is
 * skipped with its reason, and so is one with an unknown source or target.
 */
public final class EventCoder {

    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "on", "to", "toward", "towards",
            "at", "upon", "into", "from", "onto", "around");

    private final EventLexicon lexicon;
    private final CameoCodebook codebook;
    private final ActorResolver actors;
    private final PlaceResolver places;
    private final Cues cues;
    private final EntryMatcher matcher;
    private final Attributions attributions;
    private final DictionaryVerbs dictionaryVerbs;
    private final CodingOptions options;

    public EventCoder(EventLexicon lexicon, CameoCodebook codebook, ActorResolver actors, PlaceResolver places, Cues cues) {
        this(lexicon, codebook, actors, places, cues, null, CodingOptions.DEFAULT);
    }

    /** With {@code dictionaryVerbs}, verbs are coded by PETRARCH's patterns as written; nouns by the lexicon. */
    public EventCoder(EventLexicon lexicon, CameoCodebook codebook, ActorResolver actors, PlaceResolver places, Cues cues,
                      DictionaryVerbs dictionaryVerbs, CodingOptions options) {
        this.dictionaryVerbs = dictionaryVerbs;
        this.options = options;
        this.lexicon = lexicon;
        this.codebook = codebook;
        this.actors = actors;
        this.places = places;
        this.cues = cues;
        this.matcher = new EntryMatcher(cues);
        this.attributions = new Attributions(actors, cues);
    }

    /** Codes the predications of one sentence, in order; the context carries the article's discourse. */
    ActorResolver actors() {
        return actors;
    }

    DictionaryVerbs dictionaryVerbs() {
        return dictionaryVerbs;
    }

    CodingOptions options() {
        return options;
    }

    /** PETRARCH's "no one": the target of a one-sided event, when dyads are not required. */
    static Actor noTarget() {
        return new Actor(ActorCode.NONE, "no target", "", "no target in the sentence, and dyads are not required");
    }

    /**
     * Two agents of no named country ("police detained protesters" read with PETRARCH's ---COP and
     * ---CVL) say nothing of who acted on whom: not a dyad.
     */
    static boolean neitherPlaced(Actor source, Actor target) {
        return source.code().isUnplaced() && target.code().isUnplaced() && !target.code().equals(ActorCode.NONE);
    }

    public List<Coding> code(Sentence sentence, List<Predication> predications, ArticleContext context) {
        actors.observe(sentence, context.article().published(), context.discourse());
        List<Coding> out = new ArrayList<>();
        Set<Integer> codedVerbs = new HashSet<>();
        for (Predication p : predications) {
            if (dictionaryVerbs != null && !p.nominal()) {
                Token verb = sentence.token(p.trigger());
                int governor = infinitiveGovernor(sentence, verb);
                if (governor >= 0 && codedVerbs.contains(governor)) {
                    // PETRARCH reads "urged Eriador to respond" as one verb phrase, coded by its head verb.
                    out.add(skip(p, "complement of '" + sentence.token(governor).word() + "', which is coded", new ArrayList<>()));
                    continue;
                }
                List<Coding> coded = new DictionaryCoding(this, sentence, p, context).code();
                if (coded.stream().anyMatch(Coding::coded)) {
                    codedVerbs.add(p.trigger());
                }
                out.addAll(coded);
            } else {
                List<Coding> each = eachOfAPair(sentence, p, context);
                if (each != null) {
                    out.addAll(each);
                } else {
                    out.add(code(sentence, p, context));
                }
            }
        }
        return withoutNounsTheirVerbCoded(out);
    }

    /**
     * The verb an infinitive complements ("urged Eriador to respond", parsed as the verb's xcomp or as
     * a clause on its object), or -1.
     */
    private static int infinitiveGovernor(Sentence s, Token verb) {
        if (verb.relation().equals("xcomp")) {
            return verb.head();
        }
        boolean infinitive = s.children(verb.index(), "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"));
        if (infinitive && verb.relation().equals("acl") && verb.head() >= 0) {
            Token object = s.token(verb.head());
            return object.relation().equals("obj") ? object.head() : -1;
        }
        return -1;
    }

    /**
     * "urged both sides to show restraint", "talks between the two countries": a pair phrase (cues.txt)
     * aimed at stands for the two parties the sentence named before it, and the predication is coded
     * once for each; null when there is no such phrase or the sentence does not name two parties.
     */
    private List<Coding> eachOfAPair(Sentence s, Predication p, ArticleContext ctx) {
        Phrase pair = null;
        List<Phrase> aimed = new ArrayList<>();
        if (p.object() != null) {
            aimed.add(p.object());
        }
        p.obliques().forEach(o -> aimed.add(o.phrase()));
        aimed.addAll(p.embedded());
        for (Phrase c : aimed) {
            if (isPair(s, c)) {
                pair = c;
                break;
            }
        }
        if (pair == null) {
            return null;
        }
        LocalDate date = actorDate(p, s, ctx.article().published());
        Resolution source = p.subject() == null ? null : actors.resolve(s, p.subject(), date, ctx.discourse());
        String own = source != null && source.resolved() ? source.actor().country() : null;
        List<Actor> members = pairMembers(s, pair, own, date, ctx);
        if (members.size() != 2) {
            return null;
        }
        List<Coding> out = new ArrayList<>();
        for (Actor member : members) {
            ctx.discourse().standIn(s.index(), pair.head(), member);
            try {
                out.add(code(s, p, ctx));
            } finally {
                ctx.discourse().clearStandIns();
            }
        }
        return out;
    }

    /** "both sides", "the two countries": a pair noun with "both" or "two". */
    private boolean isPair(Sentence s, Phrase phrase) {
        Token head = s.token(phrase.head());
        if (!cues.is(Cues.Kind.PAIR, head.lemma())) {
            return false;
        }
        return s.children(head.index()).stream().anyMatch(c -> c.word().equalsIgnoreCase("both")
                || c.word().equalsIgnoreCase("two") && c.baseRelation().equals("nummod"));
    }

    /**
     * The last two parties named before a pair phrase, each by its country, other than the source's
     * own; "the two leaders" are their governments, "both armies" their militaries.
     */
    private List<Actor> pairMembers(Sentence s, Phrase pair, String own, LocalDate date, ArticleContext ctx) {
        java.util.LinkedHashMap<String, Actor> byParty = new java.util.LinkedHashMap<>();
        Set<String> climb = Set.of("compound", "flat", "nmod:poss", "amod", "case");
        for (org.dyad.actor.ActorLexicon.NameMatch m : actors.lexicon().names(s, 0, pair.start())) {
            int head = m.end() - 1;
            while (climb.contains(s.token(head).relation()) && s.token(head).head() >= 0 && s.token(head).head() < pair.start()) {
                head = s.token(head).head();
            }
            Resolution r = actors.resolve(s, org.dyad.extract.Phrases.of(s, head, "one of a pair"), date, ctx.discourse());
            if (!r.resolved()) {
                continue;
            }
            String party = r.actor().country() != null ? r.actor().country() : r.actor().code().value();
            if (party.equals(own)) {
                continue;
            }
            byParty.remove(party);
            byParty.put(party, r.actor());
        }
        List<Actor> found = new ArrayList<>(byParty.values());
        if (found.size() < 2) {
            // "criticised both countries for breaking the truce": the two the article is about.
            found.clear();
            List<String> named = ctx.discourse().mostNamedCountries(2, own);
            if (named.size() == 2) {
                named.forEach(c -> found.add(new Actor(new ActorCode(c), c, pair.text(), "one of the two countries the article names most")));
            }
        }
        if (found.size() < 2) {
            return List.of();
        }
        String noun = s.token(pair.head()).lemma().toLowerCase(java.util.Locale.ROOT);
        String role = Set.of("leader", "government").contains(noun) ? "GOV" : noun.equals("army") ? "MIL" : null;
        List<Actor> out = new ArrayList<>();
        for (Actor a : found.subList(found.size() - 2, found.size())) {
            boolean bare = a.country() != null && a.code().value().equals(a.country());
            out.add(role != null && bare ? new Actor(new ActorCode(a.country() + role), a.name(), s.token(pair.head()).word(),
                    "one of '" + pair.text() + "'") : new Actor(a.code(), a.name(), pair.text(), "one of '" + pair.text() + "': " + a.how()));
        }
        return out;
    }

    /**
     * "Japan lodged a protest with China": when a verb's entry names its object ("lodge protest
     * with TARGET"), the verb's event is the one the sentence states, and the object noun is not
     * coded again on its own.
     */
    private static List<Coding> withoutNounsTheirVerbCoded(List<Coding> codings) {
        Set<Integer> consumed = new HashSet<>();
        for (Coding c : codings) {
            if (!c.coded() || c.entry() == null || c.predication().nominal()) {
                continue;
            }
            Predication p = c.predication();
            for (EventPattern.Element e : c.entry().elements()) {
                if (e.isTarget()) {
                    continue;
                }
                if (e.preposition() == null && p.object() != null) {
                    consumed.add(p.object().head());
                }
                // "turned to Russia for help": the noun the entry names in an oblique is coded with the verb too.
                p.obliques().stream().filter(o -> o.preposition().equals(e.preposition()))
                        .forEach(o -> consumed.add(o.phrase().head()));
            }
        }
        if (consumed.isEmpty()) {
            return codings;
        }
        List<Coding> out = new ArrayList<>();
        for (Coding c : codings) {
            Predication p = c.predication();
            if (p.nominal() && consumed.contains(p.trigger())) {
                out.add(new Coding(p, null, new Skipped(p, "named by the entry of the verb it belongs to: coded with the verb"),
                        null, c.trace()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private Coding code(Sentence s, Predication p, ArticleContext ctx) {
        List<String> trace = new ArrayList<>();
        List<EventPattern> entries = lexicon.entries(p.nominal(), p.lemma());
        if (entries.isEmpty()) {
            String why = cues.is(Cues.Kind.REPORTING, p.lemma()) && !p.nominal()
                    ? "reporting verb '" + p.lemma() + "': its speaker is attribution, not an event"
                    : "no " + (p.nominal() ? "noun" : "verb") + " entry for '" + p.lemma() + "'";
            return skip(p, why, trace);
        }
        List<EventPattern> matching = entries.stream().filter(e -> matcher.matches(e, p, s))
                .sorted(Comparator.comparingInt(EventPattern::specificity).reversed()).toList();
        if (matching.isEmpty()) {
            return skip(p, "no entry for '" + p.lemma() + "' matches: "
                    + String.join("; ", entries.stream().map(EventPattern::written).distinct().limit(6).toList()), trace);
        }
        LocalDate date = actorDate(p, s, ctx.article().published());
        Resolution source = resolveSource(s, p, date, ctx, trace);
        if (!source.resolved()) {
            return skip(p, "no source: " + source.reason(), trace);
        }
        String lastReason = null;
        EventPattern untargeted = null;
        for (EventPattern entry : matching) {
            Target target = resolveTarget(s, p, entry, source.actor(), date, ctx);
            if (target.resolution().resolved()) {
                if (target.resolution().actor().code().equals(source.actor().code())) {
                    lastReason = "source and target are the same actor (" + source.actor().code() + ")";
                    continue;
                }
                if (actsOnItsGuessedCountry(source.actor(), target.resolution().actor())) {
                    lastReason = guessedCountryReason(source.actor());
                    continue;
                }
                Actor actingSource = stateOrPeople(source.actor(), entry, trace);
                Actor targetActor = domesticTarget(actingSource, target.resolution().actor(), entry, trace);
                if (targetActor != target.resolution().actor()) {
                    target = new Target(Resolution.of(targetActor), target.how());
                }
                org.dyad.model.CameoCode code = entry.code();
                if (code.root().equals("14") && isState(actingSource)) {
                    if (target.how().equals("implied")) {
                        lastReason = "a state's protest that names no one it is addressed to";
                        continue;
                    }
                    // "South Korea summoned the ambassador to protest the treaty": a state does not take
                    // to the streets; its protest is an official complaint.
                    code = new org.dyad.model.CameoCode("114");
                    trace.add("source " + actingSource.code() + " is a state: its protest is an official complaint (114)");
                }
                if (Set.of("17", "18", "19").contains(code.root()) && isCrowd(s, p)) {
                    // "Protesters attacked the embassy", "a mob torched police cars": a crowd's violence is a riot.
                    trace.add("source '" + p.subject().text() + "' is a crowd: its " + code + " is a violent protest (145)");
                    code = new org.dyad.model.CameoCode("145");
                }
                trace.add("entry " + entry.where() + ": " + entry.code() + " | " + entry.written());
                trace.add("target " + target.resolution().actor().code() + " ← '" + target.resolution().actor().text()
                        + "' (" + target.how() + "; " + target.resolution().actor().how() + ")");
                return new Coding(p, event(s, p, code, entry.where() + " " + entry.written(), actingSource,
                        target.resolution().actor(), target.how(), ctx), null, entry, trace);
            }
            lastReason = "no target for " + entry.code() + " | " + entry.written() + ": " + target.resolution().reason();
            if (untargeted == null) {
                untargeted = entry;
            }
        }
        if (untargeted != null && !options.requireDyad()) {
            trace.add("entry " + untargeted.where() + ": " + untargeted.code() + " | " + untargeted.written());
            trace.add("no target (" + lastReason + "): one-sided, as dyads are not required");
            return new Coding(p, event(s, p, untargeted.code(), untargeted.where() + " " + untargeted.written(), source.actor(),
                    noTarget(), "none", ctx), null, untargeted, trace);
        }
        return skip(p, lastReason, trace);
    }

    /**
     * The date actors are resolved at: the event's own date when the sentence gives the day ("detained
     * Bazoum on Wednesday" finds him still president), else the article's date.
     */
    static LocalDate actorDate(Predication p, Sentence s, LocalDate published) {
        EventDate when = EventDates.of(p.time(), published, tense(s, p));
        if (when.source().equals("text") && when.value() != null && when.value().length() == 10) {
            return LocalDate.parse(when.value());
        }
        return published;
    }

    /**
     * "Belarusians took to the streets" is the people; "Czechs expel 18 Russian diplomats" is the state.
     * A demonym codes the country's civilians only for what civilians do (protest, unconventional
     * violence, statements and appeals); for acts only a state performs it codes the country.
     */
    private static Actor stateOrPeople(Actor source, EventPattern entry, List<String> trace) {
        String root = entry.code().root();
        boolean civilianAct = Set.of("01", "02", "09", "10", "11", "12", "14", "18").contains(root);
        if (!source.how().startsWith("demonym") || civilianAct || source.country() == null) {
            return source;
        }
        trace.add("source " + source.country() + ": a demonym acting as a state (" + entry.code() + ")");
        return new Actor(new ActorCode(source.country()), source.name(), source.text(), "demonym as the state");
    }

    /** Whether the subject is a crowd in protest (cues.txt), counted or not ("thousands of protesters"). */
    private boolean isCrowd(Sentence s, Predication p) {
        if (p.subject() == null) {
            return false;
        }
        Token head = s.token(p.subject().head());
        if (cues.is(Cues.Kind.MEASURE, head.lemma().toLowerCase(java.util.Locale.ROOT))) {
            for (Token of : s.children(head.index(), "nmod")) {
                head = of;
                break;
            }
        }
        return cues.is(Cues.Kind.CROWD, head.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Roles that live inside one country: who a state arrests or represses among them is its own. */
    private static final Set<String> DOMESTIC = Set.of("OPP", "CVL", "MED", "EDU", "JUD", "LEG", "PTY", "LAB", "REL", "BUS", "ELI");

    /**
     * "Venezuela's attorney general ordered the arrest of several opposition figures": a bare domestic
     * agent arrested or repressed (17x) by a named state actor is of that state, whatever country the
     * article named most.
     */
    private static Actor domesticTarget(Actor source, Actor target, EventPattern entry, List<String> trace) {
        String country = source.country();
        if (!entry.code().root().equals("17") || country == null || source.how().contains(ActorResolver.CONTEXT_COUNTRY)
                || !target.how().contains(ActorResolver.CONTEXT_COUNTRY) || target.role() == null || !DOMESTIC.contains(target.role())
                || country.equals(target.country())) {
            return target;
        }
        trace.add("target " + target.code() + ": a domestic agent coerced by " + country + " is of " + country);
        return new Actor(new ActorCode(country + target.role()), target.name(), target.text(),
                target.how().replace(ActorResolver.CONTEXT_COUNTRY + target.country(), " of the coercing state, " + country));
    }

    /** A country as such, or its government: not its people, groups or opposition. */
    private static boolean isState(Actor actor) {
        String country = actor.code().country();
        return country != null && (actor.code().value().equals(country) || "GOV".equals(actor.code().role()));
    }

    static Coding skip(Predication p, String reason, List<String> trace) {
        return new Coding(p, null, new Skipped(p, reason), null, trace);
    }

    Resolution resolveSource(Sentence s, Predication p, LocalDate date, ArticleContext ctx, List<String> trace) {
        if (p.subject() != null) {
            Resolution r = actors.resolve(s, p.subject(), date, ctx.discourse());
            if (r.resolved()) {
                trace.add("source " + r.actor().code() + " ← '" + p.subject().text() + "' (" + p.subject().how() + "; " + r.actor().how() + ")");
                return r;
            }
            if (p.implied() == null) {
                return r;
            }
        }
        if (p.implied() != null) {
            Resolution r = actors.resolve(s, p.implied(), date, ctx.discourse());
            if (r.resolved()) {
                trace.add("source " + r.actor().code() + " ← '" + p.implied().text() + "' (" + p.implied().how() + "; " + r.actor().how() + ")");
            }
            return r;
        }
        return new Resolution(null, "the " + (p.nominal() ? "noun" : "verb") + " has no agent in the sentence");
    }

    private record Target(Resolution resolution, String how) {
    }

    private Target resolveTarget(Sentence s, Predication p, EventPattern entry, Actor source, LocalDate date, ArticleContext ctx) {
        for (EventPattern.Element e : entry.elements()) {
            if (e.isTarget()) {
                Phrase phrase = slotPhrase(p, e);
                Resolution r = actors.resolve(s, phrase, date, ctx.discourse());
                if (!r.resolved() && actors.isPlace(s, phrase) && p.place() != null) {
                    // "struck targets in Gaza": the place the targets are in stands for them.
                    Resolution where = actors.resolve(s, p.place(), date, ctx.discourse());
                    if (where.resolved()) {
                        return new Target(where, "place of the " + s.token(phrase.head()).word());
                    }
                }
                return new Target(r, e.preposition() == null ? "object" : "'" + e.preposition() + "' phrase");
            }
        }
        List<Phrase> candidates = new ArrayList<>();
        if (p.object() != null) {
            candidates.add(p.object());
            Phrase owner = ownerOf(s, p.object().head());
            if (owner != null) {
                candidates.add(owner);
            }
        }
        for (Oblique o : p.obliques()) {
            if (TARGET_PREPOSITIONS.contains(o.preposition()) || (p.nominal() && o.preposition().equals("of"))) {
                candidates.add(o.phrase());
            }
        }
        // The other conjunct of the subject is the target only of a reciprocal event that names no
        // one else: "Putin and Lukashenko held talks", not "Iraq and Oman hosted talks between the sides".
        boolean namesOthers = p.obliques().stream().anyMatch(o -> o.preposition().equals("between"));
        if (p.partner() != null && !namesOthers && (RECIPROCAL_ROOTS.contains(entry.code().root()) || eachOther(s, p))) {
            candidates.add(p.partner());
        }
        int direct = candidates.size();
        candidates.addAll(p.embedded());
        String firstReason = null;
        for (int i = 0; i < candidates.size(); i++) {
            Phrase c = candidates.get(i);
            Resolution r = actors.resolve(s, c, date, ctx.discourse());
            // In a clause the source governs, its own side is no target: "Netanyahu warned that Israel
            // would strike Hezbollah" is aimed at Hezbollah.
            boolean ownSide = i >= direct && r.resolved() && source.country() != null
                    && source.country().equals(r.actor().country());
            boolean instrument = r.resolved() && ownForces(r.actor(), source, c == p.object(), c == p.object() && namesObject(entry),
                    i >= direct);
            if (instrument && firstReason == null) {
                firstReason = "'" + c.text() + "' is what the source uses, not whom it acts on";
            }
            if (r.resolved() && !r.actor().code().equals(source.code()) && !ownSide && !instrument) {
                return new Target(r, c.how());
            }
            if (firstReason == null) {
                firstReason = r.resolved() ? "'" + c.text() + "' is the source itself" : r.reason();
            }
        }
        if (entry.code().root().equals("14") && source.country() != null) {
            // Domestic protest with no named target: against the protesters' own government.
            ActorCode gov = new ActorCode(source.country() + "GOV");
            return new Target(Resolution.of(new Actor(gov, source.country() + " government", "",
                    "implied: a protest names no target, so it is against its own government")), "implied");
        }
        return new Target(new Resolution(null, firstReason == null ? "nothing in the sentence to act on" : firstReason), "none");
    }

    /**
     * Whether an actor aimed at is the source's own forces, which it uses rather than acts on:
     * "sent troops into Tigray", "scrambled a fighter jet" (forces the entry names as its object,
     * guessed or of the source's country), "pledged to send 1,000 police to Haiti" (guessed forces in
     * what the source says it will do), "agrees to send troops to border" (guessed forces of the
     * source's country anywhere but its object).
     */
    private static boolean ownForces(Actor candidate, Actor source, boolean isObject, boolean namedObject, boolean embedded) {
        if (!"MIL".equals(candidate.role()) && !"COP".equals(candidate.role())) {
            return false;
        }
        boolean guessed = candidate.how().contains(ActorResolver.CONTEXT_COUNTRY);
        boolean sourcesCountry = source.country() != null && source.country().equals(candidate.country());
        return namedObject && (guessed || sourcesCountry) || embedded && guessed || guessed && !isObject && sourcesCountry;
    }

    private static boolean namesObject(EventPattern entry) {
        return entry.elements().stream().anyMatch(e -> e.preposition() == null && !e.isTarget());
    }

    /**
     * Roots whose events two conjoined subjects do with each other: talks, agreements, cooperation,
     * fighting, cutting ties. "Russia and China condemned the sanctions" is not aimed at each other.
     */
    private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06", "08", "16", "19", "20");

    /** "accused each other", "blamed one another": aimed at the other conjunct whatever the code. */
    private static boolean eachOther(Sentence s, Predication p) {
        List<Phrase> aimed = new ArrayList<>();
        if (p.object() != null) {
            aimed.add(p.object());
        }
        p.obliques().forEach(o -> aimed.add(o.phrase()));
        return aimed.stream().anyMatch(ph -> {
            String text = ph.text().toLowerCase(java.util.Locale.ROOT);
            return text.contains("each other") || text.contains("one another");
        });
    }

    /** Verbs of a relative clause that make its subject the owner of what it modifies. */
    private static final Set<String> HOLDING = Set.of("hold", "own", "have", "control", "occupy", "keep", "possess", "run");

    /**
     * "froze any assets that Putin and Lavrov hold", "shelled territory that Russia occupies": the one
     * who holds the thing acted on is acted on, as with "Putin's assets".
     */
    private static Phrase ownerOf(Sentence s, int object) {
        for (Token clause : s.children(object, "acl:relcl")) {
            if (HOLDING.contains(clause.lemma().toLowerCase(java.util.Locale.ROOT))) {
                for (Token subject : s.children(clause.index(), "nsubj")) {
                    if (!subject.isPronoun()) {
                        return org.dyad.extract.Phrases.of(s, subject.index(), "holder of the " + s.token(object).word());
                    }
                }
            }
        }
        return null;
    }

    private static Phrase slotPhrase(Predication p, EventPattern.Element e) {
        if (e.preposition() == null) {
            return p.object();
        }
        for (Oblique o : p.obliques()) {
            if (o.preposition().equals(e.preposition())) {
                return o.phrase();
            }
        }
        return e.preposition().equals(p.particle()) ? p.object() : null;
    }

    /**
     * "The government proposed to take the issue up with the World Bank": an agent given the country
     * of the context, acting on that country itself, is an agent whose country was guessed wrong.
     */
    static boolean actsOnItsGuessedCountry(Actor source, Actor target) {
        String country = source.code().country();
        return country != null && source.how() != null && source.how().contains(ActorResolver.CONTEXT_COUNTRY)
                && target.code().value().equals(country);
    }

    static String guessedCountryReason(Actor source) {
        return "the source's country " + source.code().country() + " was taken from the context, and the target is that country itself";
    }

    Event event(Sentence s, Predication p, org.dyad.model.CameoCode code, String rule, Actor source, Actor targetActor,
                String targetHow, ArticleContext ctx) {
        Article article = ctx.article();
        CodebookEntry info = codebook.entry(code.value()).orElseThrow();
        EventDate date = EventDates.of(p.time(), article.published(), tense(s, p));
        String context = targetActor.country() != null ? targetActor.country() : source.country();
        Location location = places.resolve(s, p.place(), context);
        List<Attribution> attribution = attributions.of(s, p, ctx);
        String id = ArticleIds.fromText(article.id() + "|" + s.index() + "|" + p.trigger() + "|" + source.code()
                + "|" + targetActor.code() + "|" + code);
        return new Event(id, article.id(), article.url(), article.input(), s.index(), date, source, targetActor,
                code, info.quadClass(), info.goldstein(), info.plover(), p.mode(), location, attribution,
                s.text(), confidence(s, p, source, targetActor, targetHow), s.token(p.trigger()).word(), rule);
    }

    /** Past for a verb in the past tense (or a noun of one), future for the future mode. */
    private static EventDates.Tense tense(Sentence s, Predication p) {
        if (p.time() == null || !near(s, p.time(), p.trigger())) {
            // A time taken from the clause around ("said on Sunday that … would ban") keeps its tense.
            return EventDates.Tense.UNKNOWN;
        }
        if (p.mode() == Mode.FUTURE) {
            return EventDates.Tense.FUTURE;
        }
        Token t = s.token(p.trigger());
        Token verb = t.isVerb() ? t : t.head() >= 0 ? s.token(t.head()) : null;
        if (verb != null && (verb.pos().equals("VBD") || verb.pos().equals("VBN"))) {
            return EventDates.Tense.PAST;
        }
        return EventDates.Tense.UNKNOWN;
    }

    /** Whether a time expression hangs from the trigger, directly or through one argument. */
    private static boolean near(Sentence s, org.dyad.model.TimeExpression time, int trigger) {
        // "convened a summit on Wednesday": a noun's time may hang on the verb that governs it.
        int governor = s.token(trigger).isNoun() ? s.token(trigger).head() : -1;
        for (int i = time.start(); i < time.end(); i++) {
            int head = s.token(i).head();
            if (head == trigger || head >= 0 && s.token(head).head() == trigger || head >= 0 && head == governor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rough belief in the coding, from how directly its parts were read: explicit arguments of a
     * verb in a body sentence score highest; implied or context-derived actors, nominal triggers and
     * headlines (whose grammar is clipped) lower it.
     */
    private static double confidence(Sentence s, Predication p, Actor source, Actor targetActor, String targetHow) {
        double c = 0.9;
        if (p.subject() == null) {
            c -= 0.25;
        }
        if (targetHow.equals("implied")) {
            c -= 0.2;
        }
        if (source.how().contains("context") || targetActor.how().contains("context")) {
            c -= 0.1;
        }
        if (source.how().startsWith("pronoun") || targetActor.how().startsWith("pronoun")) {
            c -= 0.1;
        }
        if (p.nominal()) {
            c -= 0.05;
        }
        if (s.headline()) {
            c -= 0.1;
        }
        return Math.round(Math.max(0.1, c) * 100) / 100.0;
    }
}
