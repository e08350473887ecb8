package org.dyad.nlp;

import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes sentences in CoNLL-U, so that parses can be stored, given (PETRARCH's UDPipe
 * records) and used in tests without loading a model. Dyad keeps its extra annotations in the MISC
 * column: {@code NER=PERSON} and {@code TIMEX=2020-09-14} (on every token of the expression), and
 * {@code SpaceAfter=No} where the text has no space after the token ("People's").
 * Multi-word token lines ("1-2") and empty nodes ("1.1") are skipped.
 */
public final class ConllU {

    private ConllU() {
    }

    /** One sentence block; lines starting with '#' are comments ({@code # text = …} gives the text). */
    public static Sentence parse(String block, int index) {
        List<Token> tokens = new ArrayList<>();
        String text = null;
        int offset = 0;
        List<String> ner = new ArrayList<>();
        List<String> timex = new ArrayList<>();
        List<String> upos = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        for (String line : block.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# text = ")) {
                    text = line.substring("# text = ".length());
                }
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 8 || f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            int id = Integer.parseInt(f[0]);
            String misc = f.length > 9 ? f[9] : "_";
            String tag = f[4].equals("_") ? f[3] : f[4];
            int head = Integer.parseInt(f[6]) - 1;
            String rel = head < 0 ? "root" : f[7];
            upos.add(f[3]);
            heads.add(head);
            tokens.add(new Token(id - 1, f[1], f[2].equals("_") ? f[1].toLowerCase(java.util.Locale.ROOT) : f[2], tag,
                    value(misc, "NER", "O"), head, rel, offset, offset + f[1].length()));
            // "People's" is two tokens with no space between: names are matched on the text as written.
            offset += f[1].length() + (value(misc, "SpaceAfter", "Yes").equals("No") ? 0 : 1);
            ner.add(value(misc, "NER", "O"));
            timex.add(value(misc, "TIMEX", null));
        }
        if (text == null) {
            text = String.join(" ", tokens.stream().map(Token::word).toList());
        }
        tokens = toVersion2(tokens, upos);
        Sentence bare = new Sentence(index, false, text, tokens, List.of(), List.of());
        return new Sentence(index, false, text, tokens, mentions(bare, ner), times(bare, timex));
    }

    /**
     * UD version 1 relations (as UDPipe 1 and older parsers write them) renamed to their version 2
     * names, which Dyad's extraction reads: dobj → obj, nsubjpass → nsubj:pass, auxpass → aux:pass,
     * neg → advmod, mwe → fixed, name → flat, and a nominal modifier of a verb (nmod) → obl.
     */
    private static List<Token> toVersion2(List<Token> tokens, List<String> upos) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String rel = switch (t.relation()) {
                case "dobj" -> "obj";
                case "nsubjpass" -> "nsubj:pass";
                case "csubjpass" -> "csubj:pass";
                case "auxpass" -> "aux:pass";
                case "neg" -> "advmod";
                case "mwe" -> "fixed";
                case "name" -> "flat";
                default -> t.relation();
            };
            if ((rel.equals("nmod") || rel.equals("nmod:tmod") || rel.equals("nmod:npmod") || rel.equals("nmod:agent"))
                    && t.head() >= 0 && isVerbal(tokens.get(t.head()), upos.get(t.head()))) {
                rel = "obl" + rel.substring(4);
            }
            out.add(rel.equals(t.relation()) ? t : new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.head(), rel,
                    t.begin(), t.end()));
        }
        return out;
    }

    private static boolean isVerbal(Token head, String upos) {
        return head.pos().startsWith("VB") || upos.equals("VERB") || upos.equals("ADJ") || upos.equals("AUX");
    }

    /** Every sentence of a CoNLL-U document, blocks separated by blank lines. */
    public static List<Sentence> parseAll(String document) {
        List<Sentence> out = new ArrayList<>();
        for (String block : document.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                out.add(parse(block, out.size()));
            }
        }
        return out;
    }

    /**
     * As {@link #parseAll(String)}, with lemmas recomputed by CoreNLP's morphology from word and tag:
     * other parsers' lemmas differ from CoreNLP's (UDPipe gives "welcom" for "welcomed"), and the
     * lexicons are written against CoreNLP's.
     */
    public static List<Sentence> parseAllWithCoreNlpLemmas(String document) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : parseAll(document)) {
            List<Token> tokens = s.tokens().stream().map(t -> new Token(t.index(), t.word(),
                    edu.stanford.nlp.process.Morphology.lemmaStatic(t.word(), t.pos()), t.pos(), t.ner(), t.head(),
                    t.relation(), t.begin(), t.end())).toList();
            out.add(new Sentence(s.index(), s.headline(), s.text(), tokens, s.mentions(), s.times()));
        }
        return out;
    }

    public static String write(Sentence s) {
        StringBuilder sb = new StringBuilder("# text = ").append(s.text()).append('\n');
        for (Token t : s.tokens()) {
            List<String> misc = new ArrayList<>();
            if (!t.ner().equals("O")) {
                misc.add("NER=" + t.ner());
            }
            for (TimeExpression te : s.times()) {
                if (te.covers(t.index())) {
                    misc.add("TIMEX=" + te.value());
                }
            }
            if (t.index() + 1 < s.size() && s.token(t.index() + 1).begin() == t.end()) {
                misc.add("SpaceAfter=No");
            }
            sb.append(t.index() + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append('\t')
                    .append('_').append('\t').append(t.pos()).append('\t').append('_').append('\t')
                    .append(t.head() + 1).append('\t').append(t.head() < 0 ? "root" : t.relation()).append('\t')
                    .append('_').append('\t').append(misc.isEmpty() ? "_" : String.join("|", misc)).append('\n');
        }
        return sb.toString();
    }

    private static String value(String misc, String key, String otherwise) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return otherwise;
    }

    /** Consecutive tokens with the same entity type form one mention. */
    private static List<Mention> mentions(Sentence s, List<String> ner) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < ner.size()) {
            String type = ner.get(i);
            int j = i + 1;
            while (j < ner.size() && ner.get(j).equals(type)) {
                j++;
            }
            if (!type.equals("O") && !TIME.contains(type)) {
                out.add(new Mention(i, j, type, s.words(i, j)));
            }
            i = j;
        }
        return out;
    }

    private static final java.util.Set<String> TIME = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    private static List<TimeExpression> times(Sentence s, List<String> timex) {
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < timex.size()) {
            String v = timex.get(i);
            int j = i + 1;
            while (j < timex.size() && v != null && v.equals(timex.get(j))) {
                j++;
            }
            if (v != null) {
                out.add(new TimeExpression(i, j, v, s.words(i, j)));
            }
            i = j;
        }
        return out;
    }
}
