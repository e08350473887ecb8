package org.dyad.pipeline;

import org.dyad.actor.ActorResolver;
import org.dyad.code.ArticleContext;
import org.dyad.code.Coding;
import org.dyad.code.CodingOptions;
import org.dyad.code.EventCoder;
import org.dyad.dedupe.Deduplicator;
import org.dyad.lexicon.Discards;
import org.dyad.extract.PredicationExtractor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.nlp.Annotator;
import org.dyad.place.PlaceResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * One article in, coded events out: annotate → extract → code → dedupe. Stateless between articles
 * and safe to share across threads; the per-article state lives in an {@link ArticleContext}.
 */
public final class Pipeline {

    private final Annotator annotator;
    private final PredicationExtractor extractor;
    private final EventCoder coder;
    private final Deduplicator deduplicator = new Deduplicator();
    private final Discards discards;

    public Pipeline(Annotator annotator, Lexicons lexicons) {
        this(annotator, lexicons, CodingOptions.DEFAULT);
    }

    public Pipeline(Annotator annotator, Lexicons lexicons, CodingOptions options) {
        this.annotator = annotator;
        this.discards = lexicons.discards();
        this.extractor = new PredicationExtractor(lexicons.cues(), lexicons.events()::isEventNoun);
        PlaceResolver places = new PlaceResolver(lexicons.gazetteer(), lexicons.actors());
        ActorResolver actors = new ActorResolver(lexicons.actors(), lexicons.cues(), places::countryOfCity);
        this.coder = new EventCoder(lexicons.events(), lexicons.codebook(), actors, places, lexicons.cues(), lexicons.dictionaryVerbs(),
                options);
    }

    public ArticleResult process(Article article) {
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = annotator.annotate(article);
        long t1 = System.nanoTime();
        List<List<Predication>> predications = new ArrayList<>();
        List<Predication> all = new ArrayList<>();
        Discards.Entry articleDiscard = null;
        List<Discards.Entry> sentenceDiscards = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            Discards.Entry d = discards.find(s.text());
            sentenceDiscards.add(d);
            if (d != null && d.wholeArticle()) {
                articleDiscard = d;
            }
        }
        List<String> discarded = new ArrayList<>();
        for (int i = 0; i < annotated.sentences().size(); i++) {
            Sentence s = annotated.sentences().get(i);
            Discards.Entry d = articleDiscard != null ? articleDiscard : sentenceDiscards.get(i);
            // A discarded sentence is not read for events at all: sport and markets borrow the
            // vocabulary of conflict ("crushed", "attack", "fell").
            List<Predication> found = d == null ? extractor.extract(s) : List.of();
            discarded.add(d == null ? null : "discarded (" + (d.wholeArticle() ? "article" : "sentence") + "): '" + d.phrase() + "'");
            predications.add(found);
            all.addAll(found);
        }
        long t2 = System.nanoTime();
        ArticleContext context = new ArticleContext(article, all);
        List<List<Coding>> codings = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < annotated.sentences().size(); i++) {
            List<Coding> coded = coder.code(annotated.sentences().get(i), predications.get(i), context);
            codings.add(coded);
            coded.stream().filter(Coding::coded).forEach(c -> events.add(c.event()));
        }
        long t3 = System.nanoTime();
        List<Event> unique = deduplicator.dedupe(events);
        long t4 = System.nanoTime();
        return new ArticleResult(annotated, codings, unique, discarded, new StageTimes(t1 - t0, t2 - t1, t3 - t2, t4 - t3));
    }
}
