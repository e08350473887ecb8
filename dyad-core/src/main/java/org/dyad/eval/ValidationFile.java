package org.dyad.eval;

import org.dyad.read.SafeXml;
import org.dyad.time.PublicationDates;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a PETRARCH validation file: every {@code <Sentence id category date>} with its
 * {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents}) and {@code <Text>}.
 * Codings that name no code (PETRARCH's notes on actor text) are not expectations. A
 * {@code <Config option value>} between records sets a coder option for the records after it.
 */
public final class ValidationFile {

    private ValidationFile() {
    }

    /** The records, or an exception whose message names the file and line of a malformed one. */
    public static List<ValidationRecord> read(Path path) throws IOException {
        XMLInputFactory factory = SafeXml.inputFactory();
        List<ValidationRecord> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            XMLStreamReader xml = factory.createXMLStreamReader(reader);
            String id = null;
            String category = null;
            LocalDate date = null;
            String text = null;
            String parse = "";
            Set<EventKey> expected = new HashSet<>();
            Map<String, String> config = new TreeMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Sentence" -> {
                            id = xml.getAttributeValue(null, "id");
                            category = xml.getAttributeValue(null, "category");
                            if (category == null) {
                                category = xml.getAttributeValue(null, "source");
                            }
                            date = date(xml.getAttributeValue(null, "date"));
                            text = null;
                            parse = "";
                            expected = new HashSet<>();
                        }
                        case "EventCoding" -> {
                            String code = xml.getAttributeValue(null, "eventcode");
                            if (code != null && !code.isBlank()) {
                                expected.add(new EventKey(clean(xml.getAttributeValue(null, "sourcecode")),
                                        clean(xml.getAttributeValue(null, "targetcode")), code.strip()));
                            }
                        }
                        case "Config" -> {
                            // Set between records, a <Config> holds for every record after it.
                            String option = xml.getAttributeValue(null, "option");
                            String value = xml.getAttributeValue(null, "value");
                            if (option != null && value != null && id == null) {
                                config.put(option.strip().toLowerCase(Locale.ROOT), value.strip());
                            }
                        }
                        case "Text" -> text = xml.getElementText().replaceAll("\\s+", " ").strip();
                        case "Parse" -> parse = xml.getElementText().strip();
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Sentence") && id != null) {
                    out.add(new ValidationRecord(id, category == null ? "" : category, date, text == null ? "" : text, expected,
                            parse, out.size() + 1, config));
                    id = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(path + ": not well-formed XML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": fix the file");
        }
        return out;
    }

    /**
     * The dictionary files the file's {@code <Environment>} names ({@code Verbfile}, {@code Actorfile},
     * {@code Agentfile}, {@code Discardfile}), in that order; empty when it names none.
     */
    public static List<String> environmentFiles(Path path) throws IOException {
        List<String> out = new ArrayList<>();
        Set<String> wanted = Set.of("Verbfile", "Actorfile", "Agentfile", "Discardfile");
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(reader);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && wanted.contains(xml.getLocalName())) {
                    String name = xml.getElementText().strip();
                    if (!name.isEmpty()) {
                        out.add(name);
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Sentence")) {
                    break;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(path + ": not well-formed XML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": fix the file");
        }
        return out;
    }

    private static String clean(String code) {
        return code == null ? "" : code.strip();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{8}")) {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        }
        return PublicationDates.parse(value).orElse(null);
    }
}
