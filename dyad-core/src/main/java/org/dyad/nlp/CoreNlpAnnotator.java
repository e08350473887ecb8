package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Annotates with CoreNLP: tokenize, ssplit, pos, lemma, ner (fine-grained, with SUTime anchored at
 * the publication date) and the UD dependency parser. The pipeline is built once and shared: CoreNLP's
 * {@code annotate} is safe to call from several threads, each with its own {@link Annotation}.
 *
 * <p>The headline is annotated together with the body, separated by a blank line, so that one call
 * covers the whole article; its sentences come first and are flagged.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnnotator() {
        this(properties());
    }

    private CoreNlpAnnotator(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /**
     * The floor a dependency-based coder cannot go below: tokenize, ssplit, pos, lemma and depparse
     * with Dyad's settings, no NER. {@code dyad bench} measures Dyad against it.
     */
    public static CoreNlpAnnotator floor() {
        Properties props = properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        props.remove("ner.buildEntityMentions");
        return new CoreNlpAnnotator(props);
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,normalizeParentheses=false");
        props.setProperty("ner.buildEntityMentions", "true");
        // For experiments: -Ddyad.corenlp.KEY=VALUE sets CoreNLP's property KEY.
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("dyad.corenlp."))
                .forEach(k -> props.setProperty(k.substring("dyad.corenlp.".length()), System.getProperty(k)));
        return props;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String headline = article.headline().orElse(null);
        String text = headline == null ? article.text() : headline + "\n\n" + article.text();
        int headlineEnd = headline == null ? 0 : headline.length();
        Annotation document = new Annotation(text);
        article.publishedDate().ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(document);

        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(s, sentences.size(), headlineEnd));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private static Sentence convert(CoreMap sentence, int index, int headlineEnd) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] relations = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "dep");
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int dependent = edge.getDependent().index() - 1;
            heads[dependent] = edge.getGovernor().index() - 1;
            relations[dependent] = edge.getRelation().toString();
        }
        for (IndexedWord root : graph.getRoots()) {
            heads[root.index() - 1] = -1;
            relations[root.index() - 1] = "root";
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), lemma(l), l.tag(), nullToO(l.ner()), heads[i], relations[i],
                    l.beginPosition(), l.endPosition()));
        }
        int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap m : found) {
                int start = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
                int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                String words = m.get(CoreAnnotations.TextAnnotation.class);
                if (TIME_TYPES.contains(type)) {
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex != null && timex.value() != null) {
                        times.add(new TimeExpression(start, end, timex.value(), words));
                    }
                } else if (!isPronoun(labels, start, end)) {
                    mentions.add(new Mention(start, end, type, words));
                }
            }
        }
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        boolean headline = labels.get(0).beginPosition() < headlineEnd;
        return new Sentence(index, headline, text, tokens, mentions, times);
    }

    /** CoreNLP counts pronouns ("his") as PERSON mentions; Dyad resolves pronouns itself. */
    private static boolean isPronoun(List<CoreLabel> labels, int start, int end) {
        return end - start == 1 && labels.get(start).tag().startsWith("PRP");
    }

    private static String lemma(CoreLabel label) {
        String lemma = label.lemma();
        return lemma == null ? label.word().toLowerCase(java.util.Locale.ROOT) : lemma;
    }

    private static String nullToO(String ner) {
        return ner == null ? "O" : ner;
    }
}
