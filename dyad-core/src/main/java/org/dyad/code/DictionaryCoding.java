package org.dyad.code;

import org.dyad.actor.ActorResolver;
import org.dyad.actor.Resolution;
import org.dyad.extract.Phrases;
import org.dyad.model.Actor;
import org.dyad.model.CameoCode;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One verb coded with PETRARCH dictionaries: the best pattern gives the code and, where it marks
 * them, the source ($) and target (+); otherwise the source is the subject and the target the first
 * actor of the verb's phrase after it, object first, as PETRARCH reads its verb phrases. A paired
 * code gives the reverse event too.
 */
final class DictionaryCoding {

    /**
     * Dependents of the verb that are not its phrase: the subject's side and coordinated or loosely
     * attached clauses. A clause the verb governs ("allowed that Mordor is …") is part of it.
     */
    private static final Set<String> NOT_TARGETS = Set.of("nsubj", "nsubj:pass", "csubj", "parataxis", "punct", "conj",
            "cc", "advcl", "mark", "aux", "aux:pass", "cop", "discourse", "vocative", "reparandum");

    private final EventCoder coder;
    private final Sentence s;
    private final Predication p;
    private final ArticleContext ctx;
    private final ActorResolver actors;
    private final LocalDate date;
    private final Map<Integer, Resolution> resolved = new HashMap<>();
    private int targetToken = -1;
    /** Where the source's phrase named its country, when it was not under the subject itself. */
    private int countryToken = -1;

    DictionaryCoding(EventCoder coder, Sentence s, Predication p, ArticleContext ctx) {
        this.coder = coder;
        this.s = s;
        this.p = p;
        this.ctx = ctx;
        this.actors = coder.actors();
        this.date = EventCoder.actorDate(p, s, ctx.article().published());
    }

    List<Coding> code() {
        List<String> trace = new ArrayList<>();
        Optional<DictionaryVerbs.Match> found = coder.dictionaryVerbs().match(s, p.trigger(),
                p.subject() == null ? -1 : p.subject().head(), t -> actorAt(t).resolved());
        if (found.isEmpty()) {
            return List.of(EventCoder.skip(p, "no verb entry for '" + p.lemma() + "' in the dictionaries", trace));
        }
        DictionaryVerbs.Match m = found.get();
        trace.add("pattern " + m.written());
        if (m.code() == null && m.reverse() == null) {
            return List.of(EventCoder.skip(p, "the dictionaries give '" + p.lemma() + "' no event here (null code): " + m.written(), trace));
        }
        Resolution source;
        if (m.source() >= 0) {
            source = actorAt(m.source());
            trace.add("source " + source.actor().code() + " ← '" + source.actor().text() + "' ($ of the pattern)");
        } else if (agentlessPassive() && m.target() < 0) {
            return passive(m, trace);
        } else {
            source = withOwnCountry(coder.resolveSource(s, p, date, ctx, trace), trace);
        }
        if (!source.resolved()) {
            return List.of(EventCoder.skip(p, "no source: " + source.reason(), trace));
        }
        Resolution target;
        String how;
        if (m.target() >= 0) {
            target = actorAt(m.target());
            how = "+ of the pattern";
        } else {
            target = firstActorAfterVerb(source.actor());
            how = "first actor of the verb's phrase";
        }
        if (!target.resolved() && !coder.options().requireDyad() && m.code() != null && holdsNounPhrase()) {
            trace.add("no target (" + target.reason() + "): one-sided, as dyads are not required");
            target = Resolution.of(EventCoder.noTarget());
            how = "none";
        }
        if (!target.resolved()) {
            return List.of(EventCoder.skip(p, "no target for " + m.written() + ": " + target.reason(), trace));
        }
        if (EventCoder.neitherPlaced(source.actor(), target.actor())) {
            return List.of(EventCoder.skip(p, "neither " + source.actor().code() + " nor " + target.actor().code()
                    + " has a country: no dyad", trace));
        }
        if (target.actor().code().equals(source.actor().code())) {
            return List.of(EventCoder.skip(p, "source and target are the same actor (" + source.actor().code() + ")", trace));
        }
        if (EventCoder.actsOnItsGuessedCountry(source.actor(), target.actor())) {
            return List.of(EventCoder.skip(p, EventCoder.guessedCountryReason(source.actor()), trace));
        }
        int targetHead = m.target() >= 0 ? m.target() : targetToken;
        List<Actor> targets = new ArrayList<>(conjoinedCountries(target.actor(), targetHead));
        // "ties with Mordor, Rohan and Arnor": each conjoined actor is a target of its own.
        List<Integer> conjoined = targetHead < 0 ? List.of() : Phrases.conjuncts(s, targetHead);
        for (int c : conjoined.subList(Math.min(1, conjoined.size()), conjoined.size())) {
            Resolution r = actorAt(c);
            if (r.resolved() && !r.actor().code().equals(source.actor().code())) {
                targets.addAll(conjoinedCountries(r.actor(), c));
            }
        }
        int sourceHead = m.source() >= 0 ? m.source() : p.subject() != null ? p.subject().head() : -1;
        List<Actor> sources = conjoinedCountries(source.actor(), sourceHead);
        if (countryToken >= 0 && sourceHead >= 0 && !s.subtree(sourceHead, t -> false).contains(countryToken)) {
            // "Lawmakers and officials in Arnor and Gondor": the countries conjoined where the shared modifier is.
            for (Actor more : conjoinedCountries(source.actor(), s.token(countryToken).head())) {
                if (sources.stream().noneMatch(a -> a.code().equals(more.code()))) {
                    sources.add(more);
                }
            }
        }
        List<Coding> out = new ArrayList<>();
        String rule = "dictionary " + m.written();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Actor from : sources) {
            for (Actor t : targets) {
                if (t.code().equals(from.code()) || !done.add(from.code() + ">" + t.code())) {
                    continue;
                }
                List<String> lines = new ArrayList<>(trace);
                lines.add("target " + t.code() + " ← '" + t.text() + "' (" + how + "; " + t.how() + ")");
                if (m.code() != null) {
                    out.add(new Coding(p, coder.event(s, p, new CameoCode(m.code()), rule, from, t, how, ctx), null, null, lines));
                }
                if (m.reverse() != null && !t.code().equals(org.dyad.model.ActorCode.NONE)) {
                    // "A hosted B" [043:042]: B visited A as well.
                    out.add(new Coding(p, coder.event(s, p, new CameoCode(m.reverse()), rule + " (reverse)", t, from, how, ctx),
                            null, null, lines));
                }
            }
        }
        return out;
    }

    /**
     * "Soldiers from Gondor": an agent whose country came from the context, or that has none (---MIL),
     * keeps the country its whole phrase names, as PETRARCH reads the noun phrase with its prepositional phrases.
     */
    private Resolution withOwnCountry(Resolution source, List<String> trace) {
        if (!source.resolved() || p.subject() == null || !source.actor().how().contains("country of the context")
                && !source.actor().code().isUnplaced()) {
            return source;
        }
        String own = source.actor().code().country();
        String value = source.actor().code().value();
        String role = source.actor().code().isUnplaced() ? value.substring(3)
                : own == null || value.length() <= own.length() ? null : value.substring(own.length());
        if (role != null && role.isEmpty()) {
            role = null;
        }
        int head = p.subject().head();
        List<Token> modifiers = new ArrayList<>(s.children(head, "nmod"));
        Token subject = s.token(head);
        if (modifiers.isEmpty() && subject.relation().equals("conj") && subject.head() >= 0) {
            // "Lawmakers and officials in Arnor": a modifier after the last conjunct belongs to them all,
            // and UD hangs it on the first.
            s.children(subject.head(), "nmod").stream().filter(t -> t.index() > head).forEach(modifiers::add);
        }
        for (Token child : modifiers) {
            boolean from = s.children(child.index(), "case").stream()
                    .anyMatch(c -> Set.of("from", "of", "in").contains(c.lemma().toLowerCase(java.util.Locale.ROOT)));
            Resolution r = from ? actorAt(child.index()) : Resolution.none("not a country of origin");
            String country = r.resolved() ? r.actor().code().country() : null;
            if (country != null && role != null) {
                Actor named = new Actor(new org.dyad.model.ActorCode(country + role), source.actor().name(), source.actor().text(),
                        "agent " + role + " of " + country + ", named in its phrase");
                trace.add("source " + named.code() + " ← '" + p.subject().text() + " … " + child.word() + "' (the phrase names its country)");
                countryToken = child.index();
                return Resolution.of(named);
            }
        }
        return source;
    }

    /** "The Philippines was criticized over its dispute with Eriador": no agent, and the subject is acted on. */
    private boolean agentlessPassive() {
        // "Gollum was seen to break in a parade" is about breaking in: the passive only raises the subject.
        return p.subject() == null && p.implied() == null && p.object() != null
                && s.children(p.trigger(), "xcomp").stream().noneMatch(Token::isVerb)
                && (s.hasChild(p.trigger(), "aux:pass") || s.hasChild(p.trigger(), "nsubj:pass"));
    }

    /**
     * PETRARCH's reading of an agentless passive: the one it happens to is the target, and the actor
     * named after the verb ("freed from Barad-dur", "over its dispute with Eriador") the source.
     */
    private List<Coding> passive(DictionaryVerbs.Match m, List<String> trace) {
        Resolution target = actors.resolve(s, p.object(), date, ctx.discourse());
        if (!target.resolved()) {
            return List.of(EventCoder.skip(p, "no target for the passive: " + target.reason(), trace));
        }
        int object = p.object().head();
        Resolution source = Resolution.none("no actor after the passive verb");
        for (int i : s.subtree(p.trigger(), t -> s.token(t).head() == p.trigger() && NOT_TARGETS.contains(s.token(t).relation()))) {
            if (i > p.trigger() && i != object) {
                Resolution r = actorAt(i);
                if (r.resolved() && !r.actor().code().equals(target.actor().code())) {
                    source = r;
                    break;
                }
            }
        }
        if (!source.resolved() || m.code() == null) {
            return List.of(EventCoder.skip(p, "no source: the verb has no agent in the sentence", trace));
        }
        trace.add("source " + source.actor().code() + " ← '" + source.actor().text() + "' (actor after an agentless passive)");
        trace.add("target " + target.actor().code() + " ← '" + target.actor().text() + "' (subject of the passive)");
        return List.of(new Coding(p, coder.event(s, p, new CameoCode(m.code()), "dictionary " + m.written(), source.actor(),
                target.actor(), "subject of the passive", ctx), null, null, trace));
    }

    /**
     * Whether a dependent of the verb stands outside its phrase. A purpose clause ("signed an accord
     * to supply Gondor with wheat") is inside; other adverbial clauses ("after leaving Eriador") are not.
     */
    private boolean notTarget(int t) {
        Token tok = s.token(t);
        if (tok.head() != p.trigger() || !NOT_TARGETS.contains(tok.relation())) {
            return false;
        }
        return !(tok.relation().equals("advcl") && s.children(t, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to")));
    }

    /** The actor whose phrase is headed at a token, resolved once. */
    private Resolution actorAt(int token) {
        return resolved.computeIfAbsent(token, t -> {
            Token tok = s.token(t);
            if (!(tok.isNoun() || tok.isPronoun()) || DictionaryVerbs.INSIDE_NAME.contains(tok.relation())) {
                return Resolution.none("not the head of a noun phrase");
            }
            Phrase phrase = Phrases.of(s, t, "phrase");
            return actors.resolve(s, phrase, date, ctx.discourse());
        });
    }

    /**
     * The actor, and one more for each country conjoined inside its phrase with the one it names,
     * in the same role: "Eriadori and Calenardhon leaders", "lawmakers in Arnor and Gondor".
     */
    private List<Actor> conjoinedCountries(Actor actor, int head) {
        List<Actor> out = new ArrayList<>();
        out.add(actor);
        out.addAll(listedByComma(actor, head));
        String country = actor.code().country();
        if (head < 0 || country == null || !actor.code().value().startsWith(country)) {
            return out;
        }
        String role = actor.code().value().substring(country.length());
        for (int i : s.subtree(head, t -> t != head && (s.token(t).isVerb() || NOT_TARGETS.contains(s.token(t).relation())
                && !s.token(t).relation().equals("conj")))) {
            Token tok = s.token(i);
            if (!tok.relation().equals("conj") || tok.head() == head) {
                continue;
            }
            Resolution r = actorAt(i);
            String other = r.resolved() ? r.actor().code().country() : null;
            Actor more = null;
            if (other != null && r.actor().code().value().equals(other) && !other.equals(country)) {
                more = new Actor(new org.dyad.model.ActorCode(other + role), r.actor().name(), r.actor().text(),
                        "country " + other + " conjoined with " + country + (role.isEmpty() ? "" : " + " + role));
            } else if (role.isEmpty() && r.resolved() && other == null && !r.actor().code().isUnplaced()) {
                // "The information ministry of Gondor and the Nasgul": an actor of no country is conjoined as it is.
                more = r.actor();
            }
            if (more != null && !codes(out).contains(more.code())) {
                out.add(more);
            }
        }
        return out;
    }

    private static List<org.dyad.model.ActorCode> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    /**
     * "Mordor, the Shire, Arnor and Bree welcomed …": a name set off by commas is read as an
     * apposition, but a proper name of another country or group cannot rename the first, so it is a
     * member of the list. "Putin, the Kremlin leader" (one country) and "Lukashenko, an ally of
     * Putin" (no name at the head) stay appositions.
     */
    private List<Actor> listedByComma(Actor actor, int head) {
        if (head < 0) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (Token child : s.children(head, "appos")) {
            if (!child.isProperNoun()) {
                continue;
            }
            Resolution r = actorAt(child.index());
            if (!r.resolved() || r.actor().code().equals(actor.code())) {
                continue;
            }
            String mine = actor.code().country();
            String theirs = r.actor().code().country();
            if (mine == null ? theirs != null && actor.code().isOrganisation() : mine.equals(theirs)) {
                continue;
            }
            out.add(r.actor());
        }
        return out;
    }

    /**
     * Whether the verb's phrase holds a noun phrase after the verb, its object or one behind a
     * preposition ("said on Saturday"): PETRARCH codes a one-sided event only against such a phrase,
     * so "said today", with a bare time, gives none.
     */
    private boolean holdsNounPhrase() {
        if (p.object() != null) {
            return true;
        }
        for (int i : s.subtree(p.trigger(), this::notTarget)) {
            Token t = s.token(i);
            if (i > p.trigger() && t.head() == p.trigger() && (t.isNoun() || t.isPronoun()) && !s.caseOf(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The object first, then the phrases after the verb in the order they are written. */
    private Resolution firstActorAfterVerb(Actor source) {
        List<Integer> order = new ArrayList<>();
        if (p.object() != null) {
            order.add(p.object().head());
        }
        for (int i : s.subtree(p.trigger(), this::notTarget)) {
            if (i > p.trigger() && !order.contains(i)) {
                order.add(i);
            }
        }
        if (p.partner() != null) {
            // "Gondor and Osgiliath renewed ties": with no one else named, the members act on each other.
            order.add(p.partner().head());
        }
        String firstReason = null;
        for (int i : order) {
            Resolution r = actorAt(i);
            if (r.resolved() && !r.actor().code().equals(source.code())) {
                targetToken = i;
                return r;
            }
            if (firstReason == null && s.token(i).isNoun()) {
                firstReason = r.resolved() ? "'" + r.actor().text() + "' is the source itself" : r.reason();
            }
        }
        return Resolution.none(firstReason == null ? "nothing after the verb to act on" : firstReason);
    }
}
