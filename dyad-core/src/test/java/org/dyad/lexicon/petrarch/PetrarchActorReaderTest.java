package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PetrarchActorReaderTest {

    private final List<String> problems = new ArrayList<>();

    private List<ActorEntry> read(String text) {
        Problems found = new Problems("a.txt");
        PetrarchActors actors = PetrarchActorReader.read("a.txt", text, found);
        problems.addAll(found.lines());
        return actors.entries();
    }

    private DatedCode onlyCode(String bracket) {
        List<ActorEntry> entries = read("CALISTA " + bracket + "\n");
        assertThat(problems).isEmpty();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).codes()).hasSize(1);
        return entries.get(0).codes().get(0);
    }

    @Test
    void read_nameAndCode_givesRawAndSpacedNames() {
        List<ActorEntry> entries = read("""
                NORTH_VALE [NVL]   # a comment
                GREAT LAKE COUNCIL  [IGOGLC]
                """);

        assertThat(entries).extracting(e -> e.names().get(0).raw(), e -> e.names().get(0).text(), ActorEntry::codes,
                        ActorEntry::line)
                .containsExactly(
                        tuple("NORTH_VALE", "NORTH VALE", List.of(DatedCode.always("NVL")), 1),
                        tuple("GREAT LAKE COUNCIL", "GREAT LAKE COUNCIL", List.of(DatedCode.always("IGOGLC")), 2));
        assertThat(problems).isEmpty();
    }

    @Test
    void read_plusLines_areSynonymsOfTheEntryAbove() {
        List<ActorEntry> entries = read("NORTH_VALE [NVL]\n+NORTH_VALEAN\n+THE_VALE_  # whole word\n\nSOUTHMARK [SMK]\n");

        assertThat(entries.get(0).names()).extracting(Phrase::raw, Phrase::text)
                .containsExactly(tuple("NORTH_VALE", "NORTH VALE"), tuple("NORTH_VALEAN", "NORTH VALEAN"),
                        tuple("THE_VALE_", "THE VALE"));
        assertThat(entries.get(1).names()).extracting(Phrase::raw).containsExactly("SOUTHMARK");
    }

    @Test
    void read_codesOnLinesOfTheirOwn_belongToTheEntryAbove() {
        List<ActorEntry> entries = read("""
                ODO_BRIGHTWATER   # no code on the name line
                +BRIGHTWATER
                \t[VALGOV <950101]
                #\t[VALREB 950101-990101]   commented out
                  [VALOPP 950101 - 19990101]
                [VAL]
                """);

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).codes()).containsExactly(
                new DatedCode("VALGOV", null, LocalDate.of(1995, 1, 1)),
                new DatedCode("VALOPP", LocalDate.of(1995, 1, 1), LocalDate.of(1999, 1, 1)),
                DatedCode.always("VAL"));
        assertThat(problems).isEmpty();
    }

    @Test
    void read_untilDate_givesOnlyTo() {
        assertThat(onlyCode("[RUSGOV < 080508]")).isEqualTo(new DatedCode("RUSGOV", null, LocalDate.of(2008, 5, 8)));
    }

    @Test
    void read_fromDate_givesOnlyFrom() {
        assertThat(onlyCode("[RUSGOV >080508]")).isEqualTo(new DatedCode("RUSGOV", LocalDate.of(2008, 5, 8), null));
    }

    @Test
    void read_range_givesBothEnds() {
        assertThat(onlyCode("[BLRGOV 940720-20200809]"))
                .isEqualTo(new DatedCode("BLRGOV", LocalDate.of(1994, 7, 20), LocalDate.of(2020, 8, 9)));
    }

    @Test
    void read_rangeWithOpenEnd_givesOnlyFrom() {
        assertThat(onlyCode("[BLRGOV 940720-]")).isEqualTo(new DatedCode("BLRGOV", LocalDate.of(1994, 7, 20), null));
    }

    @Test
    void read_nullCodeWithDate_isANullCode() {
        DatedCode code = onlyCode("[--- <950630]");

        assertThat(code.isNull()).isTrue();
        assertThat(code.to()).isEqualTo(LocalDate.of(1995, 6, 30));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            000101,   2000-01-01
            300101,   2030-01-01
            310101,   1931-01-01
            991231,   1999-12-31
            19291231, 1929-12-31
            20450101, 2045-01-01
            """)
    void read_twoAndFourDigitYears_followThePetrarchPivot(String written, LocalDate expected) {
        assertThat(onlyCode("[ABC >" + written + "]").from()).isEqualTo(expected);
    }

    @Test
    void read_specialAndCombinedCodes_areKeptAsWritten() {
        List<ActorEntry> entries = read("A [+++]\nB [###]\nC [ABC/DEF]\nD [abc]\n");

        assertThat(entries).extracting(e -> e.codes().get(0).code()).containsExactly("+++", "###", "ABC/DEF", "abc");
        assertThat(problems).isEmpty();
    }

    @Test
    void read_commentBlocks_areSkippedWhateverTheyHold() {
        List<ActorEntry> entries = read("""
                <!-- a header -->
                <!--
                NOT_AN_ACTOR [XXX]
                # -->
                <! -- sloppy opener -->
                REAL [RRR]
                """);

        assertThat(entries).extracting(e -> e.names().get(0).raw()).containsExactly("REAL");
        assertThat(entries.get(0).line()).isEqualTo(6);
        assertThat(problems).isEmpty();
    }

    @Test
    void read_malformedLines_reportsEachWithItsLineAndKeepsTheRest() {
        List<ActorEntry> entries = read("""
                +ORPHAN
                [ORP]
                NO_CODE_HERE
                BAD_DATE [ABC >991301]
                NO_CODE_DATES [950101-990101]
                RANGE_BACKWARDS [ABC 990101-950101]
                GOOD
                \t[GGG <950101]
                \t[GGG >95]
                +
                +SYN [SSS]
                TRAILING [AAA] words
                BETWEEN [AAA] and [BBB]
                """);

        assertThat(problems).containsExactly(
                "a.txt:1: a synonym before any actor: put it under the actor's name",
                "a.txt:2: a code line before any actor: put it under the actor's name",
                "a.txt:3: actor NO_CODE_HERE has no code: add [CODE] to its line or under it; the actor is skipped",
                "a.txt:4: '991301' is not a day of the calendar: write YYMMDD or YYYYMMDD",
                "a.txt:4: actor BAD_DATE has no code: add [CODE] to its line or under it; the actor is skipped",
                "a.txt:5: unreadable code [950101-990101]: write [CODE], [CODE <YYMMDD], [CODE >YYMMDD] or"
                        + " [CODE YYMMDD-YYMMDD]",
                "a.txt:5: actor NO_CODE_DATES has no code: add [CODE] to its line or under it; the actor is skipped",
                "a.txt:6: the range in [ABC 990101-950101] ends before it starts: swap its dates",
                "a.txt:6: actor RANGE_BACKWARDS has no code: add [CODE] to its line or under it; the actor is skipped",
                "a.txt:9: '95' is not a date: write YYMMDD or YYYYMMDD",
                "a.txt:10: empty synonym: write a name after '+'",
                "a.txt:11: a synonym takes its actor's codes: remove the brackets from the '+' line",
                "a.txt:12: unreadable code '[AAA] words': write [CODE] or [CODE DATES]",
                "a.txt:12: actor TRAILING has no code: add [CODE] to its line or under it; the actor is skipped",
                "a.txt:13: text between codes: write one [CODE] or [CODE DATES] after another",
                "a.txt:13: actor BETWEEN has no code: add [CODE] to its line or under it; the actor is skipped");
        assertThat(entries).extracting(e -> e.names().get(0).raw()).containsExactly("GOOD");
        assertThat(entries.get(0).codes()).containsExactly(new DatedCode("GGG", null, LocalDate.of(1995, 1, 1)));
    }
}
