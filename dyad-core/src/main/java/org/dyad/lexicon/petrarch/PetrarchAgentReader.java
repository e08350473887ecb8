package org.dyad.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary (e.g. {@code PETR.Validate.agents.txt}): substitution lines
 * {@code !NAME! = WORD, WORD} and entries {@code NAME {PLURALS} [CODE]} in which {@code !NAME!}
 * stands for each of its words in turn. As in PETRARCH, a substitution must be defined above the
 * lines that use it.
 */
final class PetrarchAgentReader {

    private static final Pattern SUBSTITUTION = Pattern.compile("!([^!\\s]+)!\\s*=(.*)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[\\]{}]+?)\\s*(?:\\{([^{}\\[\\]]*)\\})?\\s*\\[([^\\[\\]]*)\\]");
    private static final Pattern STEM = Pattern.compile("!([^!\\s]+)!");

    private PetrarchAgentReader() {
    }

    static PetrarchAgents read(String file, String content, Problems problems) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<AgentEntry> entries = new ArrayList<>();
        for (DictionaryLines.Line line : DictionaryLines.of(content, problems)) {
            try {
                Matcher s = SUBSTITUTION.matcher(line.text());
                if (s.matches()) {
                    substitution(s, line.number(), substitutions, problems);
                } else {
                    entries.add(entry(line, substitutions));
                }
            } catch (MalformedLine e) {
                problems.at(line.number(), e.getMessage());
            }
        }
        return new PetrarchAgents(file, substitutions, entries);
    }

    private static void substitution(Matcher s, int number, Map<String, List<String>> into, Problems problems)
            throws MalformedLine {
        List<String> words = new ArrayList<>();
        for (String word : s.group(2).split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        if (words.isEmpty()) {
            throw new MalformedLine("substitution !" + s.group(1) + "! has no words: write !NAME! = WORD, WORD");
        }
        if (into.put(s.group(1), words) != null) {
            problems.at(number, "substitution !" + s.group(1) + "! is defined again: the lines below use this"
                    + " definition; keep one");
        }
    }

    private static AgentEntry entry(DictionaryLines.Line line, Map<String, List<String>> substitutions)
            throws MalformedLine {
        Matcher m = ENTRY.matcher(line.text());
        if (!m.matches()) {
            throw new MalformedLine("unreadable agent line: write NAME [~CODE] or NAME {PLURALS} [~CODE]");
        }
        AgentCode code = AgentCode.parse(m.group(3));
        List<Phrase> names = expand(m.group(1).strip(), substitutions);
        List<Phrase> plurals = new ArrayList<>();
        if (m.group(2) != null) {
            for (String plural : m.group(2).strip().split("\\s+")) {
                if (!plural.isEmpty()) {
                    plurals.addAll(expand(plural, substitutions));
                }
            }
        }
        return new AgentEntry(names, plurals, m.group(2) != null, code, line.number());
    }

    /** Every name that {@code raw} stands for, one for each combination of its substitutions' words. */
    private static List<Phrase> expand(String raw, Map<String, List<String>> substitutions) throws MalformedLine {
        List<String> done = new ArrayList<>(List.of(raw));
        Matcher m = STEM.matcher(raw);
        while (m.find()) {
            List<String> words = substitutions.get(m.group(1));
            if (words == null) {
                throw new MalformedLine("substitution " + m.group() + " is not defined above this line: define it"
                        + " with '" + m.group() + " = WORD, WORD' first");
            }
            List<String> next = new ArrayList<>();
            for (String name : done) {
                for (String word : words) {
                    next.add(name.replaceFirst(Pattern.quote(m.group()), Matcher.quoteReplacement(word)));
                }
            }
            done = next;
        }
        if (done.stream().anyMatch(n -> n.indexOf('!') >= 0)) {
            throw new MalformedLine("unpaired '!' in '" + raw + "': write substitutions as !NAME!");
        }
        List<Phrase> out = new ArrayList<>();
        for (String name : done) {
            out.add(new Phrase(name));
        }
        return out;
    }
}
