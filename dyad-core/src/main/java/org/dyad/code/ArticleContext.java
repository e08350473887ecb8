package org.dyad.code;

import org.dyad.actor.Discourse;
import org.dyad.model.Article;
import org.dyad.model.Predication;
import org.dyad.model.Predication.Reporter;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What coding one article carries from sentence to sentence: the discourse (who was named how), and
 * the sources each reporter is said to cite anywhere in the article ("Bloomberg cited five unnamed
 * sources"), so that the reporter's other claims in the same article carry them too, marked inferred.
 * One per article, used by one thread.
 */
public final class ArticleContext {

    private final Article article;
    private final Discourse discourse = new Discourse();
    private final Map<String, List<Reporter>> citedSources = new HashMap<>();

    public ArticleContext(Article article, List<Predication> all) {
        this.article = article;
        for (Predication p : all) {
            List<Reporter> chain = p.reporters();
            if (chain.size() >= 2) {
                citedSources.putIfAbsent(key(chain.get(0)), chain.subList(1, chain.size()));
            }
        }
    }

    public Article article() {
        return article;
    }

    public Discourse discourse() {
        return discourse;
    }

    List<Reporter> sourcesCitedBy(Reporter reporter) {
        return citedSources.getOrDefault(key(reporter), List.of());
    }

    private static String key(Reporter r) {
        return r.speaker().text().toLowerCase(Locale.ROOT);
    }
}
