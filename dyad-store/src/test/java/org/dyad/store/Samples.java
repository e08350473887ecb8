package org.dyad.store;

import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.StageTimes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made articles and events, written for the store tests (no CoreNLP needed to store them). */
final class Samples {

    private Samples() {
    }

    /** One event: source and target codes, CAMEO code, date, mode, and an attribution chain of names. */
    record Spec(String source, String target, String cameo, String date, Mode mode, String place, List<String> according) {
        static Spec of(String source, String target, String cameo, String date) {
            return new Spec(source, target, cameo, date, Mode.ASSERTED, null, List.of());
        }

        Spec mode(Mode m) {
            return new Spec(source, target, cameo, date, m, place, according);
        }

        Spec at(String p) {
            return new Spec(source, target, cameo, date, mode, p, according);
        }

        Spec according(String... names) {
            return new Spec(source, target, cameo, date, mode, place, List.of(names));
        }
    }

    static Article article(String id, String url, String title, String text, String published) {
        return new Article(id, url, "test/" + id + ".txt", title, "Test Wire", published == null ? null : LocalDate.parse(published), text);
    }

    static ArticleResult result(Article a, Spec... specs) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            events.add(event(a, i, specs[i]));
        }
        return new ArticleResult(new AnnotatedArticle(a, List.of()), List.of(), events, List.of(), new StageTimes(0, 0, 0, 0));
    }

    static Event event(Article a, int n, Spec s) {
        CameoCode cameo = new CameoCode(s.cameo());
        int quad = quad(cameo.root());
        List<Attribution> chain = s.according().stream()
                .map(name -> new Attribution(name, name.contains("unnamed") ? null : "MED", name.contains("unnamed"), false)).toList();
        Location loc = s.place() == null ? null : new Location(s.place(), s.source().substring(0, 3), 50.0 + n, 30.0 + n);
        return new Event(ArticleIds.fromText(a.id() + "|" + n + "|" + s), a.id(), a.url(), a.input(), n,
                s.date() == null ? EventDate.unknown() : new EventDate(s.date(), "text"),
                actor(s.source()), actor(s.target()), cameo, quad, goldstein(cameo.root()), "CONSULT", s.mode(), loc, chain,
                "Sentence " + n + " of " + a.id() + ".", 0.8, "met", "test rule");
    }

    private static Actor actor(String code) {
        return new Actor(new ActorCode(code), "Name of " + code, code.toLowerCase(), null);
    }

    static int quad(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    static double goldstein(String root) {
        return 10 - Integer.parseInt(root);
    }
}
