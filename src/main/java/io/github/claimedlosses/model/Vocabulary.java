package io.github.claimedlosses.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of the enum constants of the model by their table identifiers. */
final class Vocabulary {
    private Vocabulary() {
    }

    static <E> E lookup(E[] values, Function<E, String> idOf, String id, String what) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        String accepted = Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " \"" + id + "\", expected one of: " + accepted);
    }
}
