package org.dyad.write;

import org.dyad.code.Coding;
import org.dyad.model.Oblique;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.pipeline.ArticleResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * For each sentence, each predication found, how its actors were resolved and which lexicon entry
 * coded it, or why it was skipped. Written for a person checking the coder's work.
 */
public final class ExplainWriter implements EventWriter {

    private final Writer out;

    public ExplainWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ArticleResult result) throws IOException {
        out.write("\n#### " + result.annotated().article().input() + "  (id " + result.annotated().article().id() + ")\n");
        List<Sentence> sentences = result.annotated().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            out.write("\n[" + s.index() + (s.headline() ? ", headline" : "") + "] " + s.text() + "\n");
            if (result.discarded(i) != null) {
                out.write("  " + result.discarded(i) + "\n");
            }
            for (Coding c : result.codings().get(i)) {
                Predication p = c.predication();
                out.write("  - " + describe(s, p) + "\n");
                for (String line : c.trace()) {
                    out.write("      " + line + "\n");
                }
                if (c.coded()) {
                    out.write("      => " + c.event().source().code() + " " + c.event().cameo() + " "
                            + c.event().target().code() + "  " + c.event().mode().label()
                            + "  date " + c.event().date().value() + " (" + c.event().date().source() + ")"
                            + (c.event().attribution().isEmpty() ? "" : "  according to " + TsvWriter.chain(c.event().attribution()))
                            + "\n");
                } else {
                    out.write("      skipped: " + c.skipped().reason() + "\n");
                }
            }
        }
        out.flush();
    }

    private static String describe(Sentence s, Predication p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.nominal() ? "noun '" : "verb '").append(p.lemma()).append(p.particle() == null ? "" : " " + p.particle())
                .append("' (").append(s.token(p.trigger()).word()).append(")");
        if (p.subject() != null) {
            sb.append(" subject=[").append(p.subject().text()).append("]");
        }
        if (p.object() != null) {
            sb.append(" object=[").append(p.object().text()).append("]");
        }
        for (Oblique o : p.obliques()) {
            sb.append(" ").append(o.preposition()).append("=[").append(o.phrase().text()).append("]");
        }
        if (p.partner() != null) {
            sb.append(" partner=[").append(p.partner().text()).append("]");
        }
        if (p.implied() != null) {
            sb.append(" implied=[").append(p.implied().text()).append("]");
        }
        sb.append(" mode=").append(p.mode().label());
        if (p.time() != null) {
            sb.append(" time=").append(p.time().text()).append("→").append(p.time().value());
        }
        if (p.place() != null) {
            sb.append(" place=[").append(p.place().text()).append("]");
        }
        if (!p.reporters().isEmpty()) {
            sb.append(" reported by ").append(String.join(" > ", p.reporters().stream().map(r -> r.speaker().text()).toList()));
        }
        return sb.toString();
    }
}
