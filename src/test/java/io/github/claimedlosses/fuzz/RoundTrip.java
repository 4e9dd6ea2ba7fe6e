package io.github.claimedlosses.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimedlosses.export.ClaimsCsvWriter;
import io.github.claimedlosses.model.BadInputException;
import io.github.claimedlosses.model.Claim;
import io.github.claimedlosses.read.ClaimsCsvReader;
import io.github.claimedlosses.read.ReadResult;
import io.github.claimedlosses.read.Strictness;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The property every fuzz test checks: an input is either refused with {@link BadInputException} (our one-line
 * message) or read; and what was read, written as the claims CSV, reads back to equal claims. Any other exception
 * escapes and is a finding.
 */
final class RoundTrip {
    private static final Path DIR = folder();

    private RoundTrip() {
    }

    /**
     * Writes {@code bytes} to a scratch file called {@code fileName}, reads it with {@code reader} and checks the
     * property.
     *
     * @return the claims read, or {@code null} when the input was refused
     */
    static List<Claim> check(byte[] bytes, String fileName, Function<Path, List<Claim>> reader) {
        Path file = DIR.resolve(fileName);
        write(file, bytes);
        List<Claim> claims;
        try {
            claims = reader.apply(file);
        } catch (BadInputException refused) {
            assertOneLine(refused);
            return null;
        }
        assertReadsBack(claims);
        return claims;
    }

    /** What {@code claims} written as the claims CSV read back as: equal claims, in order. */
    static void assertReadsBack(List<Claim> claims) {
        StringWriter csv = new StringWriter();
        ClaimsCsvWriter.write(claims, csv);
        Path file = DIR.resolve("roundtrip.csv");
        write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        ReadResult back;
        try {
            back = new ClaimsCsvReader(Strictness.STRICT).read(file);
        } catch (BadInputException e) {
            throw new AssertionError("what was written does not read back: " + e.getMessage(), e);
        }
        assertThat(back.claims()).as("claims written and read back").isEqualTo(claims);
    }

    /** A refusal is one line naming the file, with no value echoed at length. */
    static void assertOneLine(BadInputException refused) {
        String message = refused.getMessage();
        assertThat(message).doesNotContain("\n", "\r").doesNotContain("[Source:");
        assertThat(refused.file()).isNotBlank();
        assertThat(message.length()).as(message).isLessThan(1000);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("claimed-losses-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
