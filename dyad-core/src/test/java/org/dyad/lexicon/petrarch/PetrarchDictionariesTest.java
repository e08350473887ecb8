package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionariesTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void load_filesNamedAsPetrarchNamesThem_areReadByKind() throws IOException {
        write("CAMEO.2.0.txt", "--- GREET [010] ---\nGREET\n");
        write("Mine.Verbs.txt", "--- SCOLD [111] ---\nSCOLD\n");
        write("Vale.Countries.actors.txt", "VALE [VAL]\n");
        write("Vale.agents.txt", "CLERK [~GOV]\n");
        write("Vale.discards.txt", "+FOOTBALL\n");
        write("Vale.IssueCoding.txt", "ANYTHING\n");
        write("README.md", "not a dictionary\n");

        PetrarchDictionaries loaded = PetrarchDictionaries.load(dir);

        assertThat(loaded.verbs()).extracting(PetrarchVerbs::file).containsExactly("CAMEO.2.0.txt", "Mine.Verbs.txt");
        assertThat(loaded.actors()).extracting(PetrarchActors::file).containsExactly("Vale.Countries.actors.txt");
        assertThat(loaded.agents()).extracting(PetrarchAgents::file).containsExactly("Vale.agents.txt");
        assertThat(loaded.discards()).extracting(PetrarchDiscards::file).containsExactly("Vale.discards.txt");
        assertThat(loaded.unsupported()).containsExactly("Vale.IssueCoding.txt");
        assertThat(loaded.problems())
                .containsExactly("Vale.IssueCoding.txt: issue dictionaries are not read yet: the file is skipped");
    }

    @Test
    void load_malformedLines_reportsThemByFileAndLineWithoutThrowing() throws IOException {
        write("a.verbs.txt", "--- GREET [010] ---\nGREET\n- * WARMLY\n");
        write("a.actors.txt", "VALE [VAL]\nHILL [HIL >991399]\n");

        PetrarchDictionaries loaded = PetrarchDictionaries.load(dir);

        assertThat(loaded.problems()).containsExactly(
                "a.actors.txt:2: '991399' is not a day of the calendar: write YYMMDD or YYYYMMDD",
                "a.actors.txt:2: actor HILL has no code: add [CODE] to its line or under it; the actor is skipped",
                "a.verbs.txt:3: pattern without a code: end it with [CODE]");
        assertThat(loaded.actors().get(0).entries()).hasSize(1);
        assertThat(loaded.verbs().get(0).blocks().get(0).verbs()).hasSize(1);
    }

    @Test
    void load_folderWithoutVerbsOrActors_saysWhatIsMissing() throws IOException {
        write("x.discards.txt", "HALF TIME\n");

        PetrarchDictionaries loaded = PetrarchDictionaries.load(dir);

        assertThat(loaded.discards()).hasSize(1);
        assertThat(loaded.problems()).containsExactly(
                dir + ": no verb dictionary: add a file whose name contains 'verbs' or starts with 'CAMEO'",
                dir + ": no actor dictionary: add a file whose name contains 'actors'");
    }

    @Test
    void load_missingFolder_isAProblemNotAnException() {
        Path missing = dir.resolve("nowhere");

        PetrarchDictionaries loaded = PetrarchDictionaries.load(missing);

        assertThat(loaded.verbs()).isEmpty();
        assertThat(loaded.problems())
                .containsExactly(missing + ": not a folder: give the folder that holds the PETRARCH dictionaries");
    }

    @Test
    void load_latin1File_isReadAsLatin1AndSaysSo() throws IOException {
        Files.write(dir.resolve("x.actors.txt"), "SÃO_TOMÉ [STP]\n".getBytes(StandardCharsets.ISO_8859_1));
        write("x.verbs.txt", "\uFEFF--- GREET [010] ---\nGREET\n");

        PetrarchDictionaries loaded = PetrarchDictionaries.load(dir);

        assertThat(loaded.actors().get(0).entries().get(0).names().get(0).text()).isEqualTo("SÃO TOMÉ");
        assertThat(loaded.verbs().get(0).blocks()).hasSize(1);
        assertThat(loaded.problems()).containsExactly(
                "x.actors.txt: not UTF-8: read as Latin-1 (ISO-8859-1); save it as UTF-8 to be sure of its accents");
    }
}
