package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An annotator that looks parses up instead of computing them: each paragraph of an article's text
 * must be a sentence whose CoNLL-U parse it was given. For tests without a model, and for coding
 * sentences that come with their own parse.
 */
public final class ConllUAnnotator implements Annotator {

    private final Map<String, Sentence> parses;

    public ConllUAnnotator(List<Sentence> parses) {
        this.parses = parses.stream().collect(Collectors.toMap(s -> s.text().strip(), Function.identity(), (a, b) -> a));
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (String paragraph : article.text().split("\\n\\s*\\n")) {
            Sentence parse = parses.get(paragraph.strip());
            if (parse == null) {
                throw new IllegalArgumentException("no parse given for: " + paragraph.strip());
            }
            out.add(new Sentence(out.size(), false, parse.text(), parse.tokens(), parse.mentions(), parse.times()));
        }
        return new AnnotatedArticle(article, out);
    }
}
