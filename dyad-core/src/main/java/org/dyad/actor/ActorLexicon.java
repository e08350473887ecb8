package org.dyad.actor;

import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconLine;
import org.dyad.lexicon.Words;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor lexicon: countries, people with dated roles, organisations and generic agents, indexed
 * for longest-match look-up over a sentence's tokens. Immutable once built; shared by all threads.
 * Lines it cannot read are kept in {@link #problems()} with file and line number.
 */
public final class ActorLexicon {

    private static final int MAX_NAME_TOKENS = 8;

    private final Map<String, List<Named>> names = new HashMap<>();
    private final Map<String, String> agents = new HashMap<>();
    /** Agents written "=police": matched in that form only, not through a lemma ("polices"). */
    private final Set<String> agentsAsWritten = new java.util.HashSet<>();
    /** The first word of every name and agent: most tokens begin none, and need no look-up of the spans from them. */
    private final java.util.Set<String> nameFirstWords = new java.util.HashSet<>();
    private final java.util.Set<String> agentFirstWords = new java.util.HashSet<>();
    private final Map<String, Country> countriesByIso3 = new LinkedHashMap<>();
    private final Map<String, Country> countriesByIso2 = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int maxAgentTokens = 1;
    private final boolean knownRoles;
    private final Descriptions descriptions;

    /** A name as written in the lexicon and what it stands for. */
    record Named(String written, NameEntry entry) {
    }

    /** A stretch of tokens that names something. */
    public record NameMatch(int start, int end, NameEntry entry) {
    }

    /** A stretch of tokens that is a generic agent or title, with its role code. */
    public record AgentMatch(int start, int end, String role, String words) {
    }

    public ActorLexicon(List<LexiconLine> countries, List<LexiconLine> people, List<LexiconLine> organisations,
                 List<LexiconLine> agentLines) {
        this(countries, people, organisations, agentLines, List.of(), List.of(), true);
    }

    /** With the regions of the CAMEO codebook (regions.txt) and the nouns that describe organisations (descriptions.txt). */
    public ActorLexicon(List<LexiconLine> countries, List<LexiconLine> people, List<LexiconLine> organisations,
                 List<LexiconLine> agentLines, List<LexiconLine> regions, List<LexiconLine> descriptions) {
        this(countries, people, organisations, agentLines, regions, descriptions, true);
    }

    /**
     * With {@code knownRoles} false, agents may carry any role code of three or six letters, as
     * PETRARCH's agent dictionaries do ("GOVFRM"); Dyad's own lexicon keeps to the CAMEO roles.
     */
    public ActorLexicon(List<LexiconLine> countries, List<LexiconLine> people, List<LexiconLine> organisations,
                 List<LexiconLine> agentLines, boolean knownRoles) {
        this(countries, people, organisations, agentLines, List.of(), List.of(), knownRoles);
    }

    private ActorLexicon(List<LexiconLine> countries, List<LexiconLine> people, List<LexiconLine> organisations,
                 List<LexiconLine> agentLines, List<LexiconLine> regions, List<LexiconLine> descriptionLines,
                 boolean knownRoles) {
        this.knownRoles = knownRoles;
        countries.forEach(this::addCountry);
        regions.forEach(this::addRegion);
        this.descriptions = new Descriptions(descriptionLines, problems);
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (LexiconLine line : people) {
            addRole(line, roles, aliases);
        }
        roles.forEach((name, list) -> {
            // "David Johnston (AUS)": a qualifier keeps two people of one name apart; it is not part of the name.
            String shown = name.replaceAll("\\s*\\(.*\\)\\s*$", "");
            NameEntry.Person person = new NameEntry.Person(shown, List.copyOf(list));
            index(shown, person);
            aliases.getOrDefault(name, List.of()).forEach(alias -> index(alias, person));
        });
        organisations.forEach(this::addOrganisation);
        agentLines.forEach(this::addAgent);
    }

    /** The lexicon bundled with Dyad (lexicon/index.txt names its files). */
    public static ActorLexicon bundled() {
        return new ActorLexicon(LexiconFile.bundled("countries"), LexiconFile.bundled("people"),
                LexiconFile.bundled("organisations"), LexiconFile.bundled("agents"), LexiconFile.bundled("regions"),
                LexiconFile.bundled("descriptions"));
    }

    /** The nouns that describe organisations named before ("the alliance" for NATO). */
    Descriptions descriptions() {
        return descriptions;
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countriesByIso3.get(iso3));
    }

    public Optional<Country> countryByIso2(String iso2) {
        return Optional.ofNullable(countriesByIso2.get(iso2));
    }

    public java.util.Collection<Country> countries() {
        return Collections.unmodifiableCollection(countriesByIso3.values());
    }

    public int size() {
        return names.size() + agents.size();
    }

    /** Names found between two tokens, longest first at each position, left to right, not overlapping. */
    public List<NameMatch> names(Sentence sentence, int from, int to) {
        return longestMatches(from, to, MAX_NAME_TOKENS, i -> mayBeginName(sentence, i, to), (i, j) -> {
            String words = sentence.words(i, j);
            for (Named named : names.getOrDefault(Names.key(words), List.of())) {
                if (Names.caseCompatible(named.written(), words)) {
                    return new NameMatch(i, j, named.entry());
                }
            }
            return null;
        }, NameMatch::end);
    }

    /**
     * Scans left to right; at each token takes the longest span (up to {@code max} tokens) that
     * {@code lookup} recognises, then goes on after it: the usual longest-match dictionary look-up.
     */
    private static <T> List<T> longestMatches(int from, int to, int max, java.util.function.IntPredicate mayStart,
                                              java.util.function.BiFunction<Integer, Integer, T> lookup,
                                              java.util.function.ToIntFunction<T> endOf) {
        List<T> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!mayStart.test(i)) {
                // No entry begins with this word: spare the look-ups of every span from here.
                i++;
                continue;
            }
            T found = null;
            for (int j = Math.min(to, i + max); j > i && found == null; j--) {
                found = lookup.apply(i, j);
            }
            if (found != null) {
                out.add(found);
                i = endOf.applyAsInt(found);
            } else {
                i++;
            }
        }
        return out;
    }

    /** Every person of the lexicon, once each. */
    List<NameEntry.Person> people() {
        return names.values().stream().flatMap(List::stream).map(Named::entry)
                .filter(e -> e instanceof NameEntry.Person).map(e -> (NameEntry.Person) e).distinct().toList();
    }

    /** Every person known under these words (several when a surname is shared). */
    List<NameEntry.Person> people(String words) {
        List<NameEntry.Person> out = new ArrayList<>();
        for (Named named : names.getOrDefault(Names.key(words), List.of())) {
            if (named.entry() instanceof NameEntry.Person p) {
                out.add(p);
            }
        }
        return out;
    }

    /** Generic agents and titles between two tokens, matched on lemmas, longest first. */
    public List<AgentMatch> agents(Sentence sentence, int from, int to) {
        boolean asWritten = !agentsAsWritten.isEmpty();
        return longestMatches(from, to, maxAgentTokens, i -> !sentence.token(i).pos().equals("HYPH")
                && (agentFirstWords.contains(lemmas(sentence, i, i + 1))
                || asWritten && agentFirstWords.contains(Names.key(sentence.words(i, i + 1)))), (i, j) -> {
            if (asWritten) {
                String written = Names.key(sentence.words(i, j));
                if (agentsAsWritten.contains(written)) {
                    return new AgentMatch(i, j, agents.get(written), written);
                }
            }
            String key = lemmas(sentence, i, j);
            String role = agents.get(key);
            if (role == null || agentsAsWritten.contains(key) || inPlaceName(sentence, i, j)) {
                return null;
            }
            return new AgentMatch(i, j, role, key);
        }, AgentMatch::end);
    }

    private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");

    /** "Port-au-Prince": a title word inside a place's name is no agent. */
    private static boolean inPlaceName(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PLACE_TYPES.contains(sentence.token(i).ner())) {
                return true;
            }
        }
        return false;
    }

    /** The country whose seat of power a name is ("Washington", "Kremlin"), as ISO3, or null. */
    public String seatOf(String name) {
        for (Named n : names.getOrDefault(Names.key(name), List.of())) {
            if (n.entry() instanceof NameEntry.CountryName c && c.kind() == NameEntry.CountryName.Kind.SEAT) {
                return c.country().iso3();
            }
        }
        return null;
    }

    /** The role of a single lemma, or null. */
    public String agentRole(String lemma) {
        return agents.get(Names.key(lemma));
    }

    /**
     * Whether a name may begin at token {@code i}: its first word is the text from there to a space,
     * or to any token before it ("Russia" in "Russia,", "Al-Qaeda" in three tokens).
     */
    private boolean mayBeginName(Sentence sentence, int i, int to) {
        for (int j = i + 1; j <= to; j++) {
            if (nameFirstWords.contains(Names.key(sentence.words(i, j)))) {
                return true;
            }
            if (j < to && sentence.token(j - 1).end() < sentence.token(j).begin()) {
                return false;
            }
        }
        return false;
    }

    private static String leadingWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static String lemmas(Sentence sentence, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = sentence.token(i);
            if (t.pos().equals("HYPH")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            // The tagger leaves capitalised plurals unlemmatised ("Foreign Ministers"): fold them here.
            sb.append(t.isProperNoun() ? Words.singular(t.word().toLowerCase(Locale.ROOT)) : t.lemma());
        }
        return Names.key(sb.toString());
    }

    private void addCountry(LexiconLine line) {
        try {
            String iso3 = line.field(0);
            String iso2 = line.field(1);
            if (!iso3.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}")) {
                problem(line, "expected ISO3 | ISO2 | lat,lon | names | adjectives | seats");
                return;
            }
            String[] latLon = line.field(2).split(",");
            Country c = new Country(iso3, iso2, Double.parseDouble(latLon[0].strip()),
                    Double.parseDouble(latLon[1].strip()), line.alternatives(3), line.alternatives(4),
                    line.alternatives(5));
            countriesByIso3.put(iso3, c);
            countriesByIso2.put(iso2, c);
            c.names().forEach(n -> index(n, new NameEntry.CountryName(c, NameEntry.CountryName.Kind.NAME)));
            c.adjectives().forEach(n -> index(n, new NameEntry.CountryName(c, NameEntry.CountryName.Kind.ADJECTIVE)));
            c.seats().forEach(n -> index(n, new NameEntry.CountryName(c, NameEntry.CountryName.Kind.SEAT)));
        } catch (RuntimeException e) {
            problem(line, "cannot read country entry: " + e.getMessage());
        }
    }

    private void addRegion(LexiconLine line) {
        String code = line.field(0);
        List<String> names = line.alternatives(1);
        if (!ActorCode.isRegionCode(code) || names.isEmpty() && line.alternatives(2).isEmpty()) {
            problem(line, "expected REGION | names | adjectives | note with a region code of the CAMEO actor codebook, got '"
                    + code + "'");
            return;
        }
        String shown = names.isEmpty() ? code : names.get(0);
        names.forEach(n -> index(n, new NameEntry.Region(code, shown, false)));
        line.alternatives(2).forEach(n -> index(n, new NameEntry.Region(code, shown, true)));
    }

    private void addRole(LexiconLine line, Map<String, List<Role>> roles, Map<String, List<String>> aliases) {
        String name = line.field(0);
        String code = line.field(2);
        if (name.isEmpty() || !ActorCode.isCode(code)) {
            problem(line, "expected name | aliases | CODE | from..to | note, got code '" + code + "'");
            return;
        }
        String range = line.field(3);
        int dots = range.indexOf("..");
        if (dots < 0) {
            problem(line, "expected a date range like 2000-05-07..2008-05-07 (either end may be empty)");
            return;
        }
        try {
            LocalDate from = date(range.substring(0, dots));
            LocalDate to = date(range.substring(dots + 2));
            roles.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new Role(name, new ActorCode(code), from, to, line.field(4)));
            List<String> known = aliases.computeIfAbsent(name, k -> new ArrayList<>());
            for (String alias : line.alternatives(1)) {
                if (!known.contains(alias)) {
                    known.add(alias);
                }
            }
        } catch (DateTimeParseException e) {
            problem(line, "not an ISO date in '" + range + "': write YYYY-MM-DD");
        }
    }

    private static LocalDate date(String text) {
        String t = text.strip();
        return t.isEmpty() ? null : LocalDate.parse(t);
    }

    private void addOrganisation(LexiconLine line) {
        String code = line.field(0);
        if (!ActorCode.isCode(code)) {
            problem(line, "expected CODE | names | note, got code '" + code + "'");
            return;
        }
        List<String> alternatives = line.alternatives(1);
        if (alternatives.isEmpty()) {
            problem(line, "organisation without a name");
            return;
        }
        List<Role> later = new ArrayList<>();
        for (String dated : line.alternatives(3)) {
            // "AFGGOV 2021-08-15..": the code it carries between those dates.
            String[] parts = dated.split("\\s+");
            int dots = parts.length == 2 ? parts[1].indexOf("..") : -1;
            if (dots < 0 || !ActorCode.isCode(parts[0])) {
                problem(line, "expected dated codes like 'AFGGOV 2021-08-15..' in the fourth field, got '" + dated + "'");
                return;
            }
            try {
                later.add(new Role(alternatives.get(0), new ActorCode(parts[0]), date(parts[1].substring(0, dots)),
                        date(parts[1].substring(dots + 2)), ""));
            } catch (DateTimeParseException e) {
                problem(line, "not an ISO date in '" + dated + "': write YYYY-MM-DD");
                return;
            }
        }
        NameEntry.Organisation org = new NameEntry.Organisation(alternatives.get(0), code, List.copyOf(later));
        alternatives.forEach(n -> index(n, org));
    }

    private static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL",
            "MED", "BUS", "EDU", "ELI", "PTY", "SPY", "LAB", "REF", "REL", "HLH", "NGO", "IGO", "CRM", "AGR",
            "ENV", "MOD", "RAD", "UAF", "IRG", "SEP", "INS");

    private void addAgent(LexiconLine line) {
        boolean asWritten = line.field(0).startsWith("=");
        String words = Names.key(asWritten ? line.field(0).substring(1) : line.field(0));
        String role = line.field(1);
        // PETRARCH's "NGO~" puts the agent's code before the country's (NGOARN); Dyad's own roles follow it.
        boolean valid = knownRoles ? ROLES.contains(role) : role.matches("[A-Z]{3}([A-Z]{3})?~?");
        if (words.isEmpty() || !valid) {
            problem(line, "expected words | ROLE | note with a CAMEO role code, got '" + role + "'");
            return;
        }
        agents.put(words, role);
        agentFirstWords.add(leadingWord(words));
        if (asWritten) {
            agentsAsWritten.add(words);
            maxAgentTokens = Math.max(maxAgentTokens, words.split(" ").length);
            return;
        }
        // Capitalised words are looked up singular ("Ministry of Silly Walks" → "... walk"), as lemmas() folds them.
        String folded = java.util.Arrays.stream(words.split(" ")).map(Words::singular).collect(java.util.stream.Collectors.joining(" "));
        agents.putIfAbsent(folded, role);
        agentFirstWords.add(leadingWord(folded));
        maxAgentTokens = Math.max(maxAgentTokens, words.split(" ").length);
    }

    /** A country's code with an agent's role: after it (ARNGOV), or before it for a role written "NGO~" (NGOARN). */
    public static String compose(String country, String role) {
        return role.endsWith("~") ? role.substring(0, role.length() - 1) + country : country + role;
    }

    /**
     * Whether every agent of a phrase adds its code, as PETRARCH composes them ("An MSF Arnor
     * diplomat" NGOARNGOV); Dyad's own lexicon gives a phrase one role, the one that says most.
     */
    public boolean stacksAgents() {
        return !knownRoles;
    }

    private void index(String written, NameEntry entry) {
        String key = Names.key(written);
        names.computeIfAbsent(key, k -> new ArrayList<>()).add(new Named(written, entry));
        nameFirstWords.add(leadingWord(key));
    }

    private void problem(LexiconLine line, String message) {
        problems.add(line.where() + ": " + message);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
