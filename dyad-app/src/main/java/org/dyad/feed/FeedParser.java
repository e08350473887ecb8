package org.dyad.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome into its items, newest as the feed orders them. */
final class FeedParser {

    /** A feed that cannot be read; the message is one line saying why. */
    static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message, null, false, false);
        }
    }

    /** The items of the feed in {@code body}, served with {@code contentType} from {@code base}; items without a web link are left out. */
    List<FeedItem> parse(byte[] body, String contentType, URI base) throws NotAFeed {
        SyndFeed feed;
        try {
            // Rome refuses DOCTYPEs by default, which keeps XML entity tricks out.
            XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true);
            feed = new SyndFeedInput().build(reader);
        } catch (ParsingFeedException e) {
            throw new NotAFeed("not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": the feed is broken; tell its publisher or check the URL");
        } catch (FeedException | IllegalArgumentException e) {
            throw new NotAFeed("not an RSS or Atom feed (" + e.getMessage() + "): check the URL");
        } catch (IOException e) {
            throw new NotAFeed("cannot decode the feed (" + e.getMessage() + "): check the URL");
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            link(entry, base).ifPresent(link -> items.add(new FeedItem(link, blankToNull(entry.getTitle()),
                    summary(entry), date(entry))));
        }
        return items;
    }

    /** The item's page: its link, else its alternate link, else a guid that is a web address. */
    private static Optional<String> link(SyndEntry entry, URI base) {
        Stream<String> candidates = Stream.concat(
                Stream.concat(Stream.of(entry.getLink()),
                        entry.getLinks().stream().filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
                                .map(SyndLink::getHref)),
                Stream.of(entry.getUri()));
        return candidates.filter(c -> c != null && !c.isBlank())
                .map(c -> absolute(base, c.strip()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> absolute(URI base, String link) {
        try {
            URI uri = base.resolve(new URI(link));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String summary(SyndEntry entry) {
        Stream<SyndContent> contents = Stream.concat(Stream.of(entry.getDescription()), entry.getContents().stream());
        return contents.filter(c -> c != null && c.getValue() != null && !c.getValue().isBlank())
                .map(SyndContent::getValue)
                .findFirst().orElse(null);
    }

    private static LocalDate date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
