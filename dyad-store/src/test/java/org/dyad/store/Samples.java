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

    /** Five articles, ten events: the corpus the query tests count on (see StoreContractTest for the sums). */
    static List<ArticleResult> corpus() {
        Article a1 = article("a1", "https://news.example/minsk-sochi", "Lukashenko flies to Sochi",
                "Alexander Lukashenko flew to Sochi on Monday to meet Vladimir Putin, his first trip abroad since the disputed vote.",
                "2020-09-14");
        Article a2 = article("a2", "https://news.example/invasion", "Russian troops cross into Ukraine",
                "Russian forces attacked Ukraine at dawn. Kyiv denied Moscow's claims. The United Nations condemned the assault.",
                "2022-02-24");
        Article a3 = article("a3", null, "Protests in Minsk",
                "Tens of thousands marched in Minsk in August against the official result; Moscow said it would send police if asked.",
                "2020-08-30");
        Article a4 = article("a4", "https://news.example/strait", "Drills around Taiwan",
                "China's military began drills around Taiwan after its president met the US House speaker; Washington promised aid.",
                "2023-04-08");
        Article a5 = article("a5", "https://news.example/weather", "Quiet weekend", "Nothing political happened this weekend.", "2023-05-01");
        return List.of(
                result(a1, Spec.of("BLRGOV", "RUSGOV", "042", "2020-09-14").according("Reuters", "unnamed officials").at("Sochi"),
                        Spec.of("RUSGOV", "BLRGOV", "057", "2020-09-14"),
                        Spec.of("BLRCOP", "BLRCVL", "173", "2020-09-13")),
                result(a2, Spec.of("RUSMIL", "UKRMIL", "190", "2022-02-24").at("Kyiv"),
                        Spec.of("UKRGOV", "RUSGOV", "111", "2022-02-24").mode(Mode.NEGATED),
                        Spec.of("IGOUNO", "RUSGOV", "112", "2022-03-02")),
                result(a3, Spec.of("BLRCVL", "BLRGOV", "141", "2020-08"),
                        Spec.of("RUSGOV", "BLRGOV", "036", "2020-08-27").mode(Mode.FUTURE)),
                result(a4, Spec.of("CHNMIL", "TWNGOV", "150", "2023-04-08"),
                        Spec.of("USAGOV", "TWNGOV", "070", null)),
                result(a5));
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
                actor(s.source()), actor(s.target()), cameo, quad, goldstein(cameo.root()), plover(cameo.root()), s.mode(), loc, chain,
                "Sentence " + n + " of " + a.id() + ".", 0.8, "met", "test rule");
    }

    private static Actor actor(String code) {
        return new Actor(new ActorCode(code), "Name of " + code, code.toLowerCase(), null);
    }

    static String plover(String root) {
        return switch (root) {
            case "03" -> "EXPRESS_INTENT";
            case "04" -> "CONSULT";
            case "05" -> "COOPERATE";
            case "07" -> "AID";
            case "11" -> "ACCUSE";
            case "14" -> "PROTEST";
            case "15" -> "MOBILIZE";
            case "17" -> "COERCE";
            case "19" -> "FIGHT";
            default -> null;
        };
    }

    static int quad(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    static double goldstein(String root) {
        return 10 - Integer.parseInt(root);
    }
}
