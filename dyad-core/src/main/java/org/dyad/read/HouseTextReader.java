package org.dyad.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.time.PublicationDates;

/**
 * Reads the house text layout of shared/examples: a "# headline – Publisher" line, a date line,
 * the body in light markdown, then "Original url:" and the URL.
 */
final class HouseTextReader {

    /*
     * The layout is what a news page looks like after a copy to markdown, so the body carries the
     * page's debris: links made "[text](#)", photo credits in bold at the end of the caption
     * paragraph ("**Name / AGENCY**"), and "**Related article:**" teasers for other stories. The
     * links keep their words; credits and teasers go, because their actors and verbs belong to no
     * event of this article.
     */
    private static final Pattern HEADLINE = Pattern.compile("^#\\s+(.+)$");
    private static final Pattern PUBLISHER_DASH = Pattern.compile("\\s+[–—-]\\s+");
    private static final Pattern URL_LINE = Pattern.compile("^original url:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED = Pattern.compile("^\\*\\*\\s*related articles?\\s*:?\\s*(\\*\\*)?.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile("\\s*\\*\\*[^*]+\\s/\\s[^*]+\\*\\*\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    /**
     * The article in {@code text}, a problem when its date line is not a date, or empty when the
     * text does not start with a headline and a date line (it is then plain text).
     */
    Optional<ReadOutcome> read(String input, String text) {
        List<String> lines = text.lines().toList();
        int headlineAt = nextNonBlank(lines, 0);
        Matcher headline = headlineAt < 0 ? null : HEADLINE.matcher(lines.get(headlineAt).strip());
        if (headline == null || !headline.matches()) {
            return Optional.empty();
        }
        int dateAt = nextNonBlank(lines, headlineAt + 1);
        if (dateAt < 0) {
            return Optional.empty();
        }
        String dateLine = lines.get(dateAt).strip();
        Optional<LocalDate> published = PublicationDates.parse(dateLine);
        if (published.isEmpty()) {
            return PublicationDates.looksLikeDate(dateLine)
                    ? Optional.of(new ReadOutcome.Unreadable(input, Problems.notADate("date line", dateLine)))
                    : Optional.empty();
        }
        List<String> body = new ArrayList<>();
        String url = null;
        for (int i = dateAt + 1; i < lines.size(); i++) {
            Matcher urlLine = URL_LINE.matcher(lines.get(i).strip());
            if (urlLine.matches()) {
                url = url(urlLine.group(1).isBlank() ? lineAt(lines, nextNonBlank(lines, i + 1)) : urlLine.group(1));
                break;
            }
            body.add(clean(lines.get(i)));
        }
        String bodyText = Paragraphs.join(body);
        if (bodyText.isEmpty()) {
            return Optional.of(new ReadOutcome.Unreadable(input, Problems.EMPTY));
        }
        Headline title = Headline.of(inline(headline.group(1)));
        return Optional.of(new ReadOutcome.Read(new Article(ArticleIds.fromText(bodyText), url, input,
                title.title(), title.publisher(), published.get(), bodyText)));
    }

    private record Headline(String title, String publisher) {

        /** Splits at the last dash between spaces, since a headline may hold dashes of its own. */
        static Headline of(String line) {
            Matcher dash = PUBLISHER_DASH.matcher(line);
            int start = -1;
            int end = -1;
            while (dash.find()) {
                start = dash.start();
                end = dash.end();
            }
            if (start <= 0 || end >= line.length()) {
                return new Headline(line.strip(), null);
            }
            return new Headline(line.substring(0, start).strip(), line.substring(end).strip());
        }
    }

    private static String clean(String line) {
        String text = line.strip();
        if (RELATED.matcher(text).matches()) {
            return "";
        }
        return inline(CREDIT.matcher(text).replaceFirst(""));
    }

    private static String inline(String text) {
        String unlinked = LINK.matcher(text).replaceAll("$1");
        return BOLD.matcher(unlinked).replaceAll("$1").replace("**", "").strip();
    }

    private static String url(String text) {
        String url = text.strip();
        if (url.startsWith("<") && url.endsWith(">")) {
            url = url.substring(1, url.length() - 1).strip();
        }
        return url.isEmpty() ? null : url;
    }

    private static String lineAt(List<String> lines, int index) {
        return index < 0 ? "" : lines.get(index);
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
