package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {

    private final List<String> problems = new ArrayList<>();

    private PetrarchAgents read(String text) {
        Problems found = new Problems("g.txt");
        PetrarchAgents agents = PetrarchAgentReader.read("g.txt", text, found);
        problems.addAll(found.lines());
        return agents;
    }

    private static List<String> raw(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::raw).toList();
    }

    @Test
    void read_agentWithoutBraces_leavesThePluralToTheRule() {
        AgentEntry entry = read("TAX_COLLECTOR [~GOV]  # comment\n").entries().get(0);

        assertThat(entry.names()).extracting(Phrase::text).containsExactly("TAX COLLECTOR");
        assertThat(entry.plurals()).isEmpty();
        assertThat(entry.pluralsGiven()).isFalse();
        assertThat(entry.code()).isEqualTo(new AgentCode("GOV", false));
        assertThat(entry.line()).isEqualTo(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void read_bracesWithPlurals_givesThem() {
        AgentEntry entry = read("CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]\n").entries().get(0);

        assertThat(raw(entry.plurals())).containsExactly("CHIEFS_OF_STAFF");
        assertThat(entry.pluralsGiven()).isTrue();
    }

    @Test
    void read_emptyBraces_sayThereIsNoPlural() {
        AgentEntry entry = read("GENDARMERIE {}  [ ~COP]\n").entries().get(0);

        assertThat(entry.plurals()).isEmpty();
        assertThat(entry.pluralsGiven()).isTrue();
        assertThat(entry.code()).isEqualTo(new AgentCode("COP", false));
    }

    @Test
    void read_tildeAfterTheCode_putsTheAgentBeforeTheActor() {
        AgentCode code = read("AID_AGENCY [  NGO~]\n").entries().get(0).code();

        assertThat(code).isEqualTo(new AgentCode("NGO", true));
        assertThat(code.raw()).isEqualTo("NGO~");
        assertThat(new AgentCode("GOV", false).raw()).isEqualTo("~GOV");
    }

    @Test
    void read_substitutions_expandIntoEveryName() {
        PetrarchAgents agents = read("""
                !FOLK! = MAN, WOMEN , PERSON
                !DEPT! = OFFICE, BUREAU
                COUNCIL!FOLK! [~LEG]
                !DEPT!_OF_!FOLK! {!DEPT!S} [~GOV]
                """);

        assertThat(agents.substitutions()).containsExactly(
                java.util.Map.entry("FOLK", List.of("MAN", "WOMEN", "PERSON")),
                java.util.Map.entry("DEPT", List.of("OFFICE", "BUREAU")));
        assertThat(agents.entries()).extracting(e -> raw(e.names()), e -> raw(e.plurals()), AgentEntry::line)
                .containsExactly(
                        tuple(List.of("COUNCILMAN", "COUNCILWOMEN", "COUNCILPERSON"), List.of(), 3),
                        tuple(List.of("OFFICE_OF_MAN", "OFFICE_OF_WOMEN", "OFFICE_OF_PERSON",
                                "BUREAU_OF_MAN", "BUREAU_OF_WOMEN", "BUREAU_OF_PERSON"),
                                List.of("OFFICES", "BUREAUS"), 4));
        assertThat(problems).isEmpty();
    }

    @Test
    void read_malformedLines_reportsEachWithItsLineAndKeepsTheRest() {
        PetrarchAgents agents = read("""
                <!-- header -->
                !EMPTY! =
                NO_CODE
                NO_TILDE [GOV]
                BOTH_SIDES [~GOV~]
                USES_!UNKNOWN! [~GOV]
                HALF_!OPEN [~GOV]
                !K! = A
                !K! = B
                GOOD_!K! [~GOV]
                """);

        assertThat(problems).containsExactly(
                "g.txt:2: substitution !EMPTY! has no words: write !NAME! = WORD, WORD",
                "g.txt:3: unreadable agent line: write NAME [~CODE] or NAME {PLURALS} [~CODE]",
                "g.txt:4: unreadable agent code [GOV]: write [~CODE] or [CODE~]",
                "g.txt:5: unreadable agent code [~GOV~]: write [~CODE] or [CODE~]",
                "g.txt:6: substitution !UNKNOWN! is not defined above this line: define it with '!UNKNOWN! = WORD,"
                        + " WORD' first",
                "g.txt:7: unpaired '!' in 'HALF_!OPEN': write substitutions as !NAME!",
                "g.txt:9: substitution !K! is defined again: the lines below use this definition; keep one");
        assertThat(agents.entries()).extracting(e -> raw(e.names())).containsExactly(List.of("GOOD_B"));
    }
}
