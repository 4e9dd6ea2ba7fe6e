package io.github.claimedlosses.cli;

import io.github.claimedlosses.model.BadInputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar claimed-losses.jar}: dispatches to the subcommands. */
@Command(name = "claimed-losses",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Claimed and visually confirmed war-loss figures as tidy tables.",
        subcommands = {ExtractCommand.class, CorpusCommand.class, ChartsCommand.class, FetchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug; please report it)",
            "2:usage error (unknown option, missing argument)",
            "3:bad input (the message names the file, the place and the problem)",
            "4:the output could not be written",
            "5:fetch: a file could not be fetched and the cache has no copy of it"})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the tool with the given streams and returns its exit status (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter errors = cmd.getErr();
            if (e instanceof BadInputException) {
                errors.println("claimed-losses: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof UncheckedIOException) {
                errors.println("claimed-losses: cannot write output: " + e.getCause().getMessage());
                return ExitCode.OUTPUT_ERROR;
            }
            errors.println("claimed-losses: internal error: " + e);
            return ExitCode.INTERNAL_ERROR;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. extract");
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"claimed-losses " + (version == null ? "(development build)" : version)};
        }
    }
}
