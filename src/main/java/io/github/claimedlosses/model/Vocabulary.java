package io.github.claimedlosses.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by the identifiers written in tables and on the command line. */
public final class Vocabulary {
    private Vocabulary() {
    }

    /**
     * The constant of {@code values} whose id is {@code id}.
     *
     * @throws IllegalArgumentException naming {@code what} and the accepted ids when none matches
     */
    public static <E> E lookup(E[] values, Function<E, String> idOf, String id, String what) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        String accepted = Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " " + BadInputException.shown(id) + ", expected one of: "
                + accepted);
    }
}
