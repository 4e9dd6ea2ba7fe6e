package io.github.claimedlosses.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** The notebook test's kernel behaves as JJava 1.0-a6 does where notebooks have failed in it. */
class NotebookSessionTest {
    private static NotebookSession session() {
        return new NotebookSession(NotebooksTest.artifact(), NotebooksTest.libraryClassPath(), Map.of());
    }

    private static String load() {
        return "%maven " + NotebooksTest.artifact();
    }

    @Test
    void theKernelsImportsMakeTheLibrarysPeriodAmbiguousAsInTheKernel() {
        try (NotebookSession session = session()) {
            assertThat(session.run(load()).problems()).isEmpty();
            assertThat(session.run("import io.github.claimedlosses.stats.*;").problems()).isEmpty();

            List<String> problems = session.run("Period.YEAR").problems();

            assertThat(problems).singleElement().asString().startsWith("does not compile: Period.YEAR")
                    .contains("reference to Period is ambiguous")
                    .contains("io.github.claimedlosses.stats.Period").contains("java.time.Period");
        }
    }

    @Test
    void anImportByFullNameSettlesIt() {
        try (NotebookSession session = session()) {
            session.run(load());
            session.run("import io.github.claimedlosses.stats.*;\nimport io.github.claimedlosses.stats.Period;");

            NotebookSession.CellRun run = session.run("Period.YEAR");

            assertThat(run.problems()).isEmpty();
            assertThat(run.display().orElseThrow().getData(MIMEType.TEXT_PLAIN)).isEqualTo("YEAR");
        }
    }

    @Test
    void theKernelsImportsAndStaticsAreThereBeforeTheFirstCell() {
        try (NotebookSession session = session()) {
            NotebookSession.CellRun run = session.run("var start = LocalDate.of(2022, 2, 24);\n"
                    + "List<BigDecimal> some = new ArrayList<>();\nkernel() != null");

            assertThat(run.problems()).isEmpty();
            assertThat(run.display().orElseThrow().getData(MIMEType.TEXT_PLAIN)).isEqualTo("true");
        }
    }

    @Test
    void nothingOfTheLibraryIsThereBeforeMaven() {
        try (NotebookSession session = session()) {
            assertThat(session.run("io.github.claimedlosses.notebook.Losses.category(\"tanks\")").problems())
                    .singleElement().asString().startsWith("does not compile");
        }
    }

    @Test
    void theTestClassPathIsNotTheSessionsOnlyTheLibraryAndItsRuntimeDependencies() {
        try (NotebookSession session = session()) {
            session.run(load());

            assertThat(session.run("tech.tablesaw.api.Table.create(\"t\").rowCount()").problems()).isEmpty();
            assertThat(session.run("org.assertj.core.api.Assertions.class").problems())
                    .singleElement().asString().startsWith("does not compile");
            assertThat(session.run("Class.forName(\"org.junit.jupiter.api.Test\")").problems())
                    .singleElement().asString().contains("ClassNotFoundException");
        }
    }

    @Test
    void aListIsShownByTheKernelItselfAndALibraryTableByTheExtension() {
        try (NotebookSession session = session()) {
            session.run(load());

            NotebookSession.CellRun list = session.run("List.of(\"a\", \"b\")");
            NotebookSession.CellRun table = session.run("tech.tablesaw.api.Table.create(\"t\")");

            assertThat(list.display().orElseThrow().hasDataForType(MIMEType.TEXT_HTML)).isFalse();
            assertThat(list.display().orElseThrow().getData(MIMEType.TEXT_PLAIN)).isEqualTo("[a, b]");
            assertThat(table.display().orElseThrow().hasDataForType(MIMEType.TEXT_HTML)).isTrue();
        }
    }

    @Test
    void aMagicOtherThanTheLibrarysIsRefused() {
        try (NotebookSession session = session()) {
            assertThat(session.run("%classpath ../target/claimed-losses.jar").problems()).singleElement().asString()
                    .startsWith("magic not interpreted by the test");
        }
    }
}
