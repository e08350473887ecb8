package org.dyad.read;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.time.PublicationDates;

/**
 * Reads PETRARCH input and validation XML: every {@code <Article date id><Text>} and
 * {@code <Sentence date id ...><Text>} becomes one article, wherever it sits (a validation file
 * wraps its Sentences in {@code <Validation>} beside an {@code <Environment>} block).
 */
final class PetrarchXmlReader {

    /*
     * StAX, so a corpus file larger than the heap streams through one record at a time. DTDs and
     * external entities are off: an input file must not make us read other files or the network
     * (XXE). Children other than <Text> (<EventCoding>, <Parse>, comments) are skipped. The text
     * comes through a lenient Reader, so the XML declaration's encoding is not consulted: PETRARCH
     * files are UTF-8 or ASCII.
     */
    private final XMLInputFactory factory = SafeXml.inputFactory();

    /** One outcome per record, read lazily; closing the stream closes {@code reader}. */
    Stream<ReadOutcome> read(String input, Reader reader) {
        return new OutcomeCursor() {
            private XMLStreamReader xml;
            private int records;
            private boolean done;

            @Override
            public ReadOutcome next() {
                if (done) {
                    return null;
                }
                try {
                    if (xml == null) {
                        xml = factory.createXMLStreamReader(reader);
                    }
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && isRecord(xml.getLocalName())) {
                            records++;
                            return record(input, xml);
                        }
                    }
                    done = true;
                    return records > 0 ? null : new ReadOutcome.Unreadable(input,
                            "no <Article> or <Sentence> records: give PETRARCH XML (<Articles> or <Sentences>)");
                } catch (XMLStreamException e) {
                    done = true;
                    return new ReadOutcome.Unreadable(input, malformed(e));
                }
            }

            @Override
            public void close() {
                try {
                    if (xml != null) {
                        xml.close();
                    }
                    reader.close();
                } catch (XMLStreamException | IOException e) {
                    // Nothing was written, so nothing is lost: every record read is already an outcome.
                }
            }
        }.stream();
    }

    private static ReadOutcome record(String input, XMLStreamReader xml) throws XMLStreamException {
        String where = input + ":" + xml.getLocation().getLineNumber();
        String element = xml.getLocalName();
        String id = xml.getAttributeValue(null, "id");
        String date = xml.getAttributeValue(null, "date");
        String text = null;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && depth == 1 && xml.getLocalName().equals("Text")) {
                text = xml.getElementText();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (text == null) {
            return new ReadOutcome.Unreadable(where, "no <Text> in <" + element + ">: put the article's text in <Text>");
        }
        if (text.length() > Problems.MAX_ARTICLE_BYTES) {
            return new ReadOutcome.Unreadable(where, Problems.recordTooLarge(text.length()));
        }
        String body = Paragraphs.of(text);
        if (body.isEmpty()) {
            return new ReadOutcome.Unreadable(where, Problems.EMPTY);
        }
        Optional<LocalDate> published = date == null || date.isBlank() ? Optional.empty() : date(date);
        if (date != null && !date.isBlank() && published.isEmpty()) {
            return new ReadOutcome.Unreadable(where, Problems.notADate("date", date));
        }
        String articleId = id == null || id.isBlank() ? ArticleIds.fromText(body) : id.strip();
        return new ReadOutcome.Read(new Article(articleId, null, input, null, null, published.orElse(null), body));
    }

    /** PETRARCH writes YYYYMMDD; ISO and the other forms people write are accepted too. */
    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return PublicationDates.parse(value);
        }
    }

    private static boolean isRecord(String element) {
        return element.equals("Article") || element.equals("Sentence");
    }

    private static String malformed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message:");
        String reason = (at < 0 ? message : message.substring(at + "Message:".length())).strip();
        String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        return "malformed XML" + line + " (" + reason + "): fix the XML";
    }
}
