package org.dyad.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationFileTest {

    private static final Path UNIT_TESTS = Path.of("../../shared/third_party/petrarch/PETR.UnitTest.records.xml");

    @Test
    void read_petrarchUnitTests_everyRecordWithItsGoldCodings() throws Exception {
        List<ValidationRecord> records = ValidationFile.read(UNIT_TESTS);
        long sentences = Files.readString(UNIT_TESTS).split("<Sentence ", -1).length - 1;
        assertThat(records).hasSize((int) sentences).hasSize(284);
        ValidationRecord demo = records.stream().filter(r -> r.id().equals("DEMO-03")).findFirst().orElseThrow();
        assertThat(demo.category()).isEqualTo("DEMO");
        assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 3));
        assertThat(demo.text()).startsWith("Caras Galadhon's new mayor left yesterday");
        assertThat(demo.expected()).containsExactlyInAnyOrder(new EventKey("ELF", "GON", "032"), new EventKey("GON", "ELF", "033"));
        // Codings that only note actor text carry no event code and expect nothing.
        assertThat(records).allSatisfy(r -> r.expected().forEach(k -> assertThat(k.code()).isNotBlank()));
    }

    @Test
    void read_repeatedIds_eachRecordKeepsItsOwnKeyAndText() throws Exception {
        List<ValidationRecord> records = ValidationFile.read(UNIT_TESTS);
        List<ValidationRecord> twins = records.stream().filter(r -> r.id().equals("AGENTS-18")).toList();
        assertThat(twins).hasSize(2);
        assertThat(twins.get(0).key()).isNotEqualTo(twins.get(1).key());
        assertThat(twins.get(0).text()).isNotEqualTo(twins.get(1).text());
        assertThat(records.stream().map(ValidationRecord::key).distinct().count()).isEqualTo(records.size());
    }

    @Test
    void read_malformedXml_oneLineNamingTheFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<Validation>\n<Sentence id=\"x\">\n<Text>unclosed\n</Validation>\n");
        try {
            ValidationFile.read(bad);
            org.junit.jupiter.api.Assertions.fail("malformed XML was read");
        } catch (java.io.IOException e) {
            assertThat(e.getMessage()).contains("bad.xml").contains("line").doesNotContain("\n");
        }
    }

    @Test
    void read_configBetweenRecords_holdsForTheRecordsAfterIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.xml");
        Files.writeString(file, """
                <Validation><Sentences>
                <Sentence id="a" date="19950101"><EventCoding noevents="True" /><Text>One.</Text></Sentence>
                <Config option="require_dyad" value="FALSE" />
                <Config option="comma_max" value="0" />
                <Sentence id="b" date="19950101"><EventCoding noevents="True" /><Text>Two.</Text></Sentence>
                <Config option="Require_Dyad" value="True" />
                <Sentence id="c" date="19950101"><EventCoding noevents="True" /><Text>Three.</Text></Sentence>
                </Sentences></Validation>
                """);
        List<ValidationRecord> records = ValidationFile.read(file);
        assertThat(records).extracting(ValidationRecord::id).containsExactly("a", "b", "c");
        assertThat(records.get(0).config()).isEmpty();
        assertThat(records.get(0).options().requireDyad()).isTrue();
        assertThat(records.get(1).config()).containsEntry("require_dyad", "FALSE").containsEntry("comma_max", "0");
        assertThat(records.get(1).options().requireDyad()).isFalse();
        assertThat(records.get(2).options().requireDyad()).isTrue();
        assertThat(records.get(2).config()).containsEntry("comma_max", "0");
    }

    @Test
    void read_petrarchUnitTests_turnRequireDyadOffForTheRecordsThatTestIt() throws Exception {
        List<ValidationRecord> records = ValidationFile.read(UNIT_TESTS);
        java.util.function.Function<String, Boolean> required = id -> records.stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow().options().requireDyad();
        assertThat(required.apply("COMPOUND-03")).isFalse();
        assertThat(required.apply("COMPOUND-05")).isTrue();
        assertThat(required.apply("DEMO-03")).isTrue();
    }
}
