package org.dyad.code;

import org.dyad.actor.ActorResolver;
import org.dyad.actor.Resolution;
import org.dyad.lexicon.Cues;
import org.dyad.lexicon.Words;
import org.dyad.model.Attribution;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.model.Predication.Reporter;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The attribution chain of an event, outermost first: each reporting frame's speaker with its role
 * and whether it is unnamed, and the sources a lone reporter is said to cite elsewhere in the article.
 */
final class Attributions {

    private final ActorResolver actors;
    private final Cues cues;

    Attributions(ActorResolver actors, Cues cues) {
        this.actors = actors;
        this.cues = cues;
    }

    List<Attribution> of(Sentence s, Predication p, ArticleContext ctx) {
        List<Attribution> out = new ArrayList<>();
        for (Reporter r : p.reporters()) {
            out.add(attribution(s, r.speaker(), ctx, false));
        }
        if (p.reporters().size() == 1) {
            for (Reporter cited : ctx.sourcesCitedBy(p.reporters().get(0))) {
                out.add(new Attribution(cited.speaker().text(), null, anonymous(cited.speaker().text()), true));
            }
        }
        return out;
    }

    private Attribution attribution(Sentence s, Phrase speaker, ArticleContext ctx, boolean inferred) {
        Resolution r = actors.resolve(s, speaker, ctx.article().published(), ctx.discourse());
        String kind = r.resolved() ? r.actor().role() : null;
        boolean anonymous = false;
        for (int i = speaker.start(); i < speaker.end(); i++) {
            Token t = s.token(i);
            anonymous |= cues.is(Cues.Kind.ANONYMOUS, t.lemma());
        }
        return new Attribution(speaker.text(), kind, anonymous, inferred);
    }

    private boolean anonymous(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (cues.is(Cues.Kind.ANONYMOUS, w) || cues.is(Cues.Kind.ANONYMOUS, Words.singular(w))) {
                return true;
            }
        }
        return false;
    }

}
