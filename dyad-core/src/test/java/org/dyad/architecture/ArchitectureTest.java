package org.dyad.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of STYLE.md that code review would otherwise have to catch. */
class ArchitectureTest {

    private static final JavaClasses DYAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dyad");

    @Test
    void onlyTheNlpPackageImportsCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.dyad.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..").check(DYAD);
    }

    @Test
    void theModelDependsOnNothingElseInDyad() {
        noClasses().that().resideInAPackage("org.dyad.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dyad.read..", "org.dyad.nlp..", "org.dyad.extract..",
                        "org.dyad.actor..", "org.dyad.code..", "org.dyad.time..", "org.dyad.place..", "org.dyad.dedupe..",
                        "org.dyad.write..", "org.dyad.pipeline..", "org.dyad.lexicon..").check(DYAD);
    }

    @Test
    void thePetrarchDictionaryReaderDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("org.dyad.lexicon.petrarch..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.dyad.lexicon.petrarch..")
                .check(DYAD);
    }

    @Test
    void stagesDoNotWriteToTheConsole() {
        noClasses().that().resideInAnyPackage("org.dyad.extract..", "org.dyad.actor..", "org.dyad.code..",
                        "org.dyad.time..", "org.dyad.place..", "org.dyad.dedupe..", "org.dyad.nlp..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(DYAD);
    }
}
