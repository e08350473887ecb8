package org.dyad.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as paragraphs: each block element (p, div, li, h2, …) becomes a
 * paragraph of its own and {@code <br>} a line break, where jsoup's {@code text()} would run
 * everything into one line.
 */
final class BlockText implements NodeVisitor {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private BlockText() {
    }

    static String of(Element root) {
        BlockText text = new BlockText();
        NodeTraversor.traverse(text, root);
        text.endLine();
        return Paragraphs.join(text.lines);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            line.append(textNode.text());
        } else if (node instanceof Element element) {
            if (element.nameIs("br")) {
                endLine();
            } else if (element.isBlock()) {
                endParagraph();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
            endParagraph();
        }
    }

    private void endParagraph() {
        endLine();
        lines.add("");
    }

    private void endLine() {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
