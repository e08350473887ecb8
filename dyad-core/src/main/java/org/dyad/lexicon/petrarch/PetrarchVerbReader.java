package org.dyad.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CAMEO 2.0 verb dictionary (PETRARCH 2's format, e.g. {@code PETR.Validate.verbs.2.0.txt}).
 *
 * <p>The file is a run of sections. {@code &NAME} opens a synset whose members follow on
 * {@code +} lines. {@code --- HEAD [CODE] ---} opens a verb block; in it, a line starting with
 * {@code -} is a pattern ({@code - TOKENS [CODE]}) and any other line is a verb
 * ({@code VERB {FORMS} [CODE]}; a leading {@code +} there marks the verb of a multi-word verb,
 * not a synset member). PETRARCH switches from synsets to verbs at the comment
 * {@code ####### VERB PATTERNS #######}; reading by section gives the same result and does not
 * depend on a comment. Transformations ({@code ~} lines) are reported as not read yet.
 */
final class PetrarchVerbReader {

    private static final Pattern HEADER = Pattern.compile("---\\s*([^\\s\\[\\]]+)\\s*\\[([^\\]]*)\\]\\s*(?:---)?");
    private static final Pattern VERB_LINE =
            Pattern.compile("([^\\s{}\\[\\]]+)\\s*(?:\\{([^{}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?");
    private static final Pattern PATTERN_LINE = Pattern.compile("(.*?)\\s*\\[([^\\[\\]]*)\\]");

    private PetrarchVerbReader() {
    }

    static PetrarchVerbs read(String file, String content, Problems problems) {
        return new Pass(problems).read(file, content);
    }

    /** The state of one reading: the section being read and what has been read so far. */
    private static final class Pass {
        private final Problems problems;
        private final Map<String, SynsetBuilder> synsets = new LinkedHashMap<>();
        private final List<VerbBlock> blocks = new ArrayList<>();
        private final List<SynsetUse> synsetUses = new ArrayList<>();
        private SynsetBuilder synset;
        private BlockBuilder block;
        private boolean skippingBlock;

        Pass(Problems problems) {
            this.problems = problems;
        }

        PetrarchVerbs read(String file, String content) {
            for (DictionaryLines.Line line : DictionaryLines.of(content, problems)) {
                try {
                    line(line.number(), line.text());
                } catch (MalformedLine e) {
                    problems.at(line.number(), e.getMessage());
                }
            }
            closeBlock();
            Map<String, Synset> built = new LinkedHashMap<>();
            synsets.forEach((name, b) -> {
                if (b.members.isEmpty()) {
                    problems.at(b.line, "synset &" + name + " has no members: add '+' lines under it");
                }
                built.put(name, new Synset(name, b.members, b.line));
            });
            for (SynsetUse use : synsetUses) {
                if (!built.containsKey(use.name)) {
                    problems.at(use.line, "synset &" + use.name + " is not defined: define it with '&" + use.name
                            + "' and '+' lines, or correct the name");
                }
            }
            return new PetrarchVerbs(file, built, blocks);
        }

        private void line(int number, String text) throws MalformedLine {
            if (text.startsWith("---")) {
                header(number, text);
            } else if (text.startsWith("&")) {
                synsetHeader(number, text);
            } else if (text.startsWith("~")) {
                throw new MalformedLine("verb transformations ('~' lines) are not read yet: the line is skipped");
            } else if (skippingBlock) {
                return; // reported once, at the header that could not be read
            } else if (synset != null && text.startsWith("+")) {
                member(number, text.substring(1).strip());
            } else if (block != null && text.startsWith("-")) {
                block.patterns.add(pattern(number, text.substring(1).strip()));
            } else if (block != null && (Character.isLetterOrDigit(text.charAt(0)) || text.startsWith("+"))) {
                block.verbs.add(verb(number, text));
            } else if (block != null && text.startsWith("*")) {
                // PETRARCH codes with such a line (its suite's BEGIN block has one): read it, but say so.
                block.patterns.add(pattern(number, text));
                problems.at(number, "a pattern without its leading '-', read as one: write '- " + text + "'");
            } else if (block != null) {
                throw new MalformedLine("neither a verb nor a pattern: a pattern starts with '-', a verb with a letter");
            } else if (synset != null) {
                throw new MalformedLine("not a synset member: members start with '+'");
            } else {
                throw new MalformedLine("outside any synset or verb block: open one with '&NAME' or '--- VERB [CODE] ---'");
            }
        }

        private void header(int number, String text) throws MalformedLine {
            closeBlock();
            synset = null;
            Matcher m = HEADER.matcher(text);
            if (!m.matches()) {
                skippingBlock = true;
                throw new MalformedLine("unreadable verb block header: write '--- VERB [CODE] ---';"
                        + " the block's lines up to the next header are skipped");
            }
            skippingBlock = false;
            block = new BlockBuilder(m.group(1), VerbCode.parse(m.group(2)), number);
        }

        private void synsetHeader(int number, String text) throws MalformedLine {
            closeBlock();
            skippingBlock = false;
            String name = text.substring(1).strip();
            if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                synset = null;
                throw new MalformedLine("unreadable synset name '" + text + "': write '&NAME' alone on its line");
            }
            synset = synsets.get(name);
            if (synset != null) {
                // PETRARCH appends the members of a repeated set to the first; so do we, but say so.
                problems.at(number, "synset &" + name + " is defined again (first at line " + synset.line
                        + "): its members are added to the first definition; merge the two");
            } else {
                synset = new SynsetBuilder(number);
                synsets.put(name, synset);
            }
        }

        private void member(int number, String text) throws MalformedLine {
            if (text.isEmpty()) {
                throw new MalformedLine("empty synset member: write a word after '+'");
            }
            List<PatternToken> tokens = PatternTokens.parse(text);
            List<PatternToken> markers = new ArrayList<>();
            PatternTokens.forEachDeep(tokens, t -> {
                if (!(t instanceof PatternToken.Word || t instanceof PatternToken.SynsetRef
                        || t instanceof PatternToken.NounPhrase || t instanceof PatternToken.PrepositionalPhrase)) {
                    markers.add(t);
                }
            });
            if (!markers.isEmpty()) {
                throw new MalformedLine("'" + markers.get(0).raw() + "' in a synset member: members are words, phrases"
                        + " or other synsets");
            }
            noteSynsetUses(number, tokens);
            synset.members.add(new Synset.Member(tokens, text, number));
        }

        private VerbPattern pattern(int number, String text) throws MalformedLine {
            Matcher m = PATTERN_LINE.matcher(text);
            if (!m.matches()) {
                throw new MalformedLine("pattern without a code: end it with [CODE]");
            }
            VerbCode code = VerbCode.parse(m.group(2));
            List<PatternToken> tokens = PatternTokens.parse(m.group(1));
            int[] verbs = {0};
            PatternTokens.forEachDeep(tokens, t -> verbs[0] += t instanceof PatternToken.Verb ? 1 : 0);
            if (verbs[0] == 0) {
                throw new MalformedLine("pattern without '*': mark where the verb stands with '*'");
            }
            if (verbs[0] > 1) {
                throw new MalformedLine("pattern with " + verbs[0] + " '*': a pattern has one verb");
            }
            if (tokens.stream().noneMatch(PatternToken.Verb.class::isInstance)) {
                throw new MalformedLine("'*' inside a phrase: the verb stands outside braces and parentheses");
            }
            noteSynsetUses(number, tokens);
            return new VerbPattern(tokens, code, text, number);
        }

        private VerbEntry verb(int number, String text) throws MalformedLine {
            Matcher m = VERB_LINE.matcher(text);
            if (!m.matches()) {
                throw new MalformedLine("unreadable verb line: write 'VERB {FORMS} [CODE]', forms and code optional");
            }
            VerbForm verb = VerbForm.parse(m.group(1));
            List<VerbForm> forms = new ArrayList<>();
            if (m.group(2) != null) {
                for (String form : m.group(2).strip().split("\\s+")) {
                    if (!form.isEmpty()) {
                        forms.add(VerbForm.parse(form));
                    }
                }
            }
            Optional<VerbCode> code = m.group(3) == null ? Optional.empty() : Optional.of(VerbCode.parse(m.group(3)));
            return new VerbEntry(verb, forms, m.group(2) != null, code, number);
        }

        private void noteSynsetUses(int number, List<PatternToken> tokens) {
            PatternTokens.forEachDeep(tokens, t -> {
                if (t instanceof PatternToken.SynsetRef ref) {
                    synsetUses.add(new SynsetUse(ref.name(), number));
                }
            });
        }

        private void closeBlock() {
            if (block != null) {
                if (block.verbs.isEmpty()) {
                    problems.at(block.line, "verb block " + block.head + " lists no verb: add a verb line under its header");
                }
                blocks.add(new VerbBlock(block.head, block.code, block.verbs, block.patterns, block.line));
                block = null;
            }
        }
    }

    private record SynsetUse(String name, int line) {
    }

    private static final class SynsetBuilder {
        final int line;
        final List<Synset.Member> members = new ArrayList<>();

        SynsetBuilder(int line) {
            this.line = line;
        }
    }

    private static final class BlockBuilder {
        final String head;
        final VerbCode code;
        final int line;
        final List<VerbEntry> verbs = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        BlockBuilder(String head, VerbCode code, int line) {
            this.head = head;
            this.code = code;
            this.line = line;
        }
    }
}
