package org.dyad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.time.PublicationDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page: headline, publication date, canonical URL and publisher from its metadata,
 * and the article text without navigation, captions, ads or scripts.
 */
final class HtmlReader {

    /*
     * Metadata comes first in the order publishers maintain it best: Open Graph and article:*
     * meta tags (which social sites check), then schema.org JSON-LD, then markup. A date that a
     * page declares but that does not parse is passed over rather than reported: pages carry many
     * dates, and a missing publication date only means coding falls back to dates in the text.
     *
     * Text: known clutter is removed by selector first, then readability4j (a port of Mozilla's
     * Readability, the Firefox reader view) picks the main content among what is left.
     */
    private static final String CLUTTER = "nav, header, footer, aside, figcaption, script, style, noscript, iframe,"
            + " form, template, [role=navigation], [aria-hidden=true],"
            + " [class~=(?i)(^|[\\s_-])(ad|ads|advert|advertisement|sponsored|promo|banner|share|social|newsletter|byline|dateline)($|[\\s_-])],"
            + " [id~=(?i)(^|[_-])(ad|ads|advert|advertisement|sponsored|promo|banner)($|[_-])]";

    private final ObjectMapper json = new ObjectMapper();

    ReadOutcome read(String input, String html) {
        Document page = Jsoup.parse(html);
        String title = first(Stream.of(meta(page, "property", "og:title"), text(page.selectFirst("h1")), page.title()));
        String url = first(Stream.of(attribute(page.selectFirst("link[rel=canonical]"), "href"),
                meta(page, "property", "og:url")));
        String publisher = meta(page, "property", "og:site_name");
        LocalDate published = published(page).orElse(null);
        String body = mainText(page, url);
        if (body.isEmpty()) {
            return new ReadOutcome.Unreadable(input, Problems.EMPTY);
        }
        return new ReadOutcome.Read(new Article(ArticleIds.fromText(body), url, input, title, publisher, published, body));
    }

    private Optional<LocalDate> published(Document page) {
        Stream<String> declared = Stream.of(
                Stream.of(meta(page, "property", "article:published_time"), meta(page, "name", "date"),
                        meta(page, "name", "pubdate")),
                page.select("script[type=application/ld+json]").stream().flatMap(this::jsonLdDates),
                page.select("time[datetime]").stream().map(time -> time.attr("datetime")))
                .flatMap(s -> s);
        return declared.map(PublicationDates::parse).flatMap(Optional::stream).findFirst();
    }

    /** Every datePublished in a JSON-LD block, also those nested in @graph arrays. */
    private Stream<String> jsonLdDates(Element script) {
        try {
            return json.readTree(script.data()).findValues("datePublished").stream().map(JsonNode::asText);
        } catch (JsonProcessingException e) {
            return Stream.empty();
        }
    }

    private static String mainText(Document page, String url) {
        page.select(CLUTTER).remove();
        // The metadata has been read: the headline is the title, not body text, and left in,
        // readability takes the <title> for text on thin pages.
        page.head().empty();
        page.select("h1").remove();
        Element content = null;
        try {
            content = new Readability4J(url == null ? "" : url, page.clone()).parse().getArticleContent();
        } catch (RuntimeException e) {
            // Readability gives up on some odd pages; the cleaned body is then the best text there is.
        }
        String text = content == null ? "" : BlockText.of(content);
        return text.isEmpty() && page.body() != null ? BlockText.of(page.body()) : text;
    }

    private static String meta(Document page, String key, String value) {
        return attribute(page.selectFirst("meta[" + key + "=" + value + "]"), "content");
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String first(Stream<String> candidates) {
        return candidates.filter(s -> s != null && !s.isBlank()).map(String::strip).findFirst().orElse(null);
    }
}
