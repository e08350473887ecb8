package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.code.EventLexicon;
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
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.HashSet;
import java.util.Locale;

/**
 * Annotates with CoreNLP: tokenize, ssplit, pos, lemma, ner and the UD dependency parser. NER is
 * CoreNLP's statistical three-class model (PERSON, ORGANIZATION, LOCATION) with its numeric
 * classifiers; the fine-grained types Dyad reads (COUNTRY, CITY, NATIONALITY) come from its own
 * lexicon and gazetteer ({@link PlaceNames}) instead of CoreNLP's fine-grained pass, which cost
 * more than the parser; and SUTime, anchored at the publication date, runs on its own over the
 * stretches of a sentence that may hold a time ({@link TimeCues}). The pipeline is built once and
 * shared: CoreNLP's {@code annotate} is safe to call from several threads, each with its own
 * {@link Annotation}.
 *
 * <p>The headline is annotated together with the body, separated by a blank line, so that one call
 * covers the whole article; its sentences come first and are flagged.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    /** CoreNLP's PERSON/ORGANIZATION/LOCATION model, the first of the three its NER runs by default. */
    private static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** -Ddyad.sutime.whole=true: SUTime reads whole sentences, to check that reading stretches loses nothing. */
    private static final boolean WHOLE_SENTENCES = Boolean.getBoolean("dyad.sutime.whole");

    private final StanfordCoreNLP pipeline;
    private final UnaryOperator<Sentence> refine;
    /** SUTime on its own, on the sentences that may hold a time; null when the NER runs it (or no NER runs). */
    private final TimeAnnotator sutime;

    /** Whether a sentence's times are wanted: only where some word may trigger an event, or everywhere. */
    private final Predicate<List<CoreLabel>> wantsTimes;

    /** Times are read in every sentence. */
    public CoreNlpAnnotator() {
        this(properties(), PlaceNames.bundled()::refine, tokens -> true);
    }

    /**
     * Times are read only in sentences with a word whose lemma triggers an entry of the event
     * lexicon: a time dates an event of its sentence and serves nothing else, and SUTime is the
     * costliest part of the NER. Events are the same as with {@link #CoreNlpAnnotator()}; only
     * {@code --explain} shows no times for the predications of sentences that cannot give an event.
     */
    public static CoreNlpAnnotator datingEventsOf(EventLexicon events) {
        Set<String> triggers = new HashSet<>();
        events.all().forEach(e -> triggers.add(e.trigger().toLowerCase(Locale.ROOT)));
        return new CoreNlpAnnotator(properties(), PlaceNames.bundled()::refine,
                tokens -> tokens.stream().anyMatch(t -> triggers.contains(lemma(t).toLowerCase(Locale.ROOT))));
    }

    private CoreNlpAnnotator(Properties properties, UnaryOperator<Sentence> refine, Predicate<List<CoreLabel>> wantsTimes) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.refine = refine;
        this.wantsTimes = wantsTimes;
        boolean nerRunsSutime = properties.getProperty("annotators").contains("ner")
                && Boolean.parseBoolean(properties.getProperty("ner.useSUTime", "true"));
        boolean anyTimes = properties.getProperty("annotators").contains("ner");
        this.sutime = anyTimes && !nerRunsSutime ? new TimeAnnotator("sutime", new Properties(), true) : null;
    }

    /**
     * The floor a dependency-based coder cannot go below: tokenize, ssplit, pos, lemma and depparse
     * with Dyad's settings, no NER. {@code dyad bench} measures Dyad against it.
     */
    public static CoreNlpAnnotator floor() {
        Properties props = properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        props.stringPropertyNames().stream().filter(k -> k.startsWith("ner.")).forEach(props::remove);
        return new CoreNlpAnnotator(props, UnaryOperator.identity(), tokens -> false);
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,normalizeParentheses=false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.model", THREE_CLASS_MODEL);
        props.setProperty("ner.applyFineGrained", "false");
        // SUTime inside the NER runs on every sentence; Dyad runs it itself on those that may hold a time.
        props.setProperty("ner.useSUTime", "false");
        // The NER's own copy of the document with hyphenated words merged costs time and, on the
        // bench corpus, changes no event.
        props.setProperty("ner.useNERSpecificTokenization", "false");
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
        String docDate = article.publishedDate().map(Object::toString).orElse(null);
        if (docDate != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        pipeline.annotate(document);

        SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> timexes = sutime == null || !wantsTimes.test(s.get(CoreAnnotations.TokensAnnotation.class))
                    ? List.of() : times(s, text, docDate, timeIndex);
            sentences.add(refine.apply(convert(s, sentences.size(), headlineEnd, timexes)));
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * SUTime's expressions in a sentence, read only in the stretches around words that can make
     * one ({@link TimeCues}): SUTime's cost grows with the tokens it reads, and most read nothing.
     * Token offsets of the expressions count from the document's first token, as SUTime's own.
     */
    private List<CoreMap> times(CoreMap sentence, String text, String docDate, SUTime.TimeIndex timeIndex) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> windows = WHOLE_SENTENCES ? List.of(new int[] {0, labels.size()})
                : TimeCues.windows(labels.stream().map(CoreLabel::word).toList());
        int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (int[] w : windows) {
            List<CoreLabel> tokens = labels.subList(w[0], w[1]);
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            CoreMap stretch = new ArrayCoreMap();
            stretch.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            stretch.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            stretch.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            stretch.set(CoreAnnotations.TokensAnnotation.class, tokens);
            stretch.set(CoreAnnotations.TokenBeginAnnotation.class, sentenceStart + w[0]);
            stretch.set(CoreAnnotations.TokenEndAnnotation.class, sentenceStart + w[1]);
            List<CoreMap> found = sutime.annotateSingleSentence(stretch, docDate, timeIndex);
            if (found != null) {
                out.addAll(found);
                found.forEach(CoreNlpAnnotator::forgetResolveTo);
            }
        }
        return out;
    }

    /**
     * SUTime's rules tag how a date resolves ("resolveTo" past after "said", future after "would") on
     * the value of the word itself, which its rules share: left in place, "Wednesday that Colombia
     * would …" in one article made every later "on Wednesday" resolve to the next Wednesday. The
     * tag has done its work once the expression is resolved.
     */
    private static void forgetResolveTo(CoreMap expression) {
        edu.stanford.nlp.time.TimeExpression te = expression.get(edu.stanford.nlp.time.TimeExpression.Annotation.class);
        if (te != null && te.value != null && te.value.getTags() != null) {
            te.value.getTags().removeTag("resolveTo");
        }
        List<? extends CoreMap> children = expression.get(edu.stanford.nlp.time.TimeExpression.ChildrenAnnotation.class);
        if (children != null) {
            children.forEach(CoreNlpAnnotator::forgetResolveTo);
        }
    }

    private static Sentence convert(CoreMap sentence, int index, int headlineEnd, List<CoreMap> timexes) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] relations = new String[n];
        String[] tags = new String[n];
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
        for (int i = 0; i < n; i++) {
            tags[i] = nullToO(labels.get(i).ner());
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
        for (CoreMap t : timexes) {
            addTime(t, sentenceStart, tags, times);
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), lemma(l), l.tag(), tags[i], heads[i], relations[i],
                    l.beginPosition(), l.endPosition()));
        }
        times.sort(java.util.Comparator.comparingInt(TimeExpression::start));
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        boolean headline = labels.get(0).beginPosition() < headlineEnd;
        return new Sentence(index, headline, text, tokens, mentions, times);
    }

    /**
     * One expression SUTime found, tagged on its tokens as CoreNLP's NER tags it when it runs
     * SUTime itself: only tokens no named entity holds take the time's type.
     */
    private static void addTime(CoreMap expression, int sentenceStart, String[] tags, List<TimeExpression> times) {
        Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
        Integer begin = expression.get(CoreAnnotations.TokenBeginAnnotation.class);
        Integer finish = expression.get(CoreAnnotations.TokenEndAnnotation.class);
        if (timex == null || timex.value() == null || begin == null || finish == null) {
            return;
        }
        int start = begin - sentenceStart;
        int end = finish - sentenceStart;
        while (start < end && start >= 0 && ENTITY_TYPES.contains(tags[start])) {
            start++;
        }
        while (end > start && end <= tags.length && ENTITY_TYPES.contains(tags[end - 1])) {
            end--;
        }
        if (start < 0 || end > tags.length || start >= end) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (!ENTITY_TYPES.contains(tags[i])) {
                tags[i] = timex.timexType();
            }
        }
        times.add(new TimeExpression(start, end, timex.value(), expression.get(CoreAnnotations.TextAnnotation.class)));
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
