package io.github.claimedlosses.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which vocabularies a token text can open a phrase of: a quick filter that lets a {@link PhraseIndex} (and the
 * number reader) pass over a token with one bit test instead of a map lookup. Every vocabulary gets one of 64 bits
 * (shared round-robin when there are more, which only lets more tokens through) and registers the words its phrases
 * start with; a token's mask, computed once when it is made, is the union of the bits of the vocabularies whose first
 * words it is or starts with.
 *
 * <p>Registration is rare (when the extractor's data files are read, and when a language's number words are first
 * built) and copies the tables; each copy is a new generation. A token remembers the generation its mask was computed
 * in, and a vocabulary registered in a later generation does not trust the masks of older tokens
 * ({@link Token#mayOpen}), so the filter never hides a phrase. The top {@link #LANGUAGES} bits are not shared: bit k of
 * them marks the stop words of language k, which language detection reads from the token. Safe for concurrent use.
 */
final class Openers {
    /** Characters below this (Latin, Greek and Cyrillic) find the trie's first level in an array. */
    private static final int DIRECT = 0x0530;
    private static final AtomicInteger VOCABULARIES = new AtomicInteger();
    /** How many languages have a bit of their own for their stop words: the top bits of a mask. */
    static final int LANGUAGES = 16;
    /** The lowest of the languages' bits; the bits below it are shared by the other vocabularies. */
    static final int LANGUAGE_BITS = Long.SIZE - LANGUAGES;
    private static volatile Tables tables = Tables.of(0, Map.of(), List.of());

    private Openers() {
    }

    /** A first word given by its start ({@code вбит*}): every token that starts with {@code start} may open. */
    private record Prefix(String start, long bits) {
    }

    /** One generation of the tables; never changed once published. */
    private record Tables(int generation, Map<String, Long> exact, List<Prefix> prefixes, Trie trie,
                          long[] single, boolean digitFirst) {
        static Tables of(int generation, Map<String, Long> exact, List<Prefix> prefixes) {
            long[] single = new long[DIRECT];
            boolean digitFirst = false;
            for (Map.Entry<String, Long> entry : exact.entrySet()) {
                String word = entry.getKey();
                if (word.length() == 1 && word.charAt(0) < DIRECT) {
                    single[word.charAt(0)] = entry.getValue();
                }
                digitFirst |= !word.isEmpty() && Tokenizer.isDigit(word.charAt(0));
            }
            return new Tables(generation, exact, List.copyOf(prefixes), Trie.of(prefixes), single, digitFirst);
        }

        /**
         * The mask of a token text: its bits as a word, looked up only when some word could be it (one character
         * from an array, a numeral only when a vocabulary has a word that starts with a digit), and as a start.
         */
        long mask(String norm) {
            long starts = trie.bitsOfStartsOf(norm);
            if (norm.length() == 1 && norm.charAt(0) < DIRECT) {
                return single[norm.charAt(0)] | starts;
            }
            if (!digitFirst && !norm.isEmpty() && Tokenizer.isDigit(norm.charAt(0))) {
                return starts;
            }
            return exact.getOrDefault(norm, 0L) | starts;
        }
    }

    /** The starts of words as a trie of characters, each node with the bits of the starts that end there. */
    private static final class Trie {
        private final char[] keys;
        private final Trie[] children;
        private final long bits;
        /** The children of the root by their character, for the characters below {@link #DIRECT}. */
        private final Trie[] direct;

        private Trie(char[] keys, Trie[] children, long bits, boolean root) {
            this.keys = keys;
            this.children = children;
            this.bits = bits;
            this.direct = root ? new Trie[DIRECT] : null;
            if (root) {
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k] < DIRECT) {
                        direct[keys[k]] = children[k];
                    }
                }
            }
        }

        static Trie of(List<Prefix> prefixes) {
            return build(prefixes, 0);
        }

        private static Trie build(List<Prefix> prefixes, int depth) {
            Map<Character, List<Prefix>> byChar = new TreeMap<>();
            long bits = 0;
            for (Prefix prefix : prefixes) {
                if (prefix.start.length() == depth) {
                    bits |= prefix.bits;
                } else {
                    byChar.computeIfAbsent(prefix.start.charAt(depth), c -> new ArrayList<>()).add(prefix);
                }
            }
            char[] keys = new char[byChar.size()];
            Trie[] children = new Trie[byChar.size()];
            int k = 0;
            for (Map.Entry<Character, List<Prefix>> entry : byChar.entrySet()) {
                keys[k] = entry.getKey();
                children[k++] = build(entry.getValue(), depth + 1);
            }
            return new Trie(keys, children, bits, depth == 0);
        }

        /** The union of the bits of every start that {@code word} starts with. */
        long bitsOfStartsOf(String word) {
            if (word.isEmpty()) {
                return bits;
            }
            char first = word.charAt(0);
            Trie node;
            if (first < DIRECT) {
                node = direct[first];
            } else {
                int k = Arrays.binarySearch(keys, first);
                node = k < 0 ? null : children[k];
            }
            if (node == null) {
                return bits;
            }
            long found = bits | node.bits;
            for (int i = 1; i < word.length(); i++) {
                int k = Arrays.binarySearch(node.keys, word.charAt(i));
                if (k < 0) {
                    break;
                }
                node = node.children[k];
                found |= node.bits;
            }
            return found;
        }
    }

    /** A new vocabulary's bit (one of those below {@link #LANGUAGE_BITS}; vocabularies beyond them share bits). */
    static long newBit() {
        return 1L << (VOCABULARIES.getAndIncrement() % LANGUAGE_BITS);
    }

    /**
     * The bit of language {@code k}'s stop words, which no other vocabulary shares, so that a token's mask tells
     * exactly whether its text is one of them.
     *
     * @throws IllegalArgumentException when {@code k} is not below {@link #LANGUAGES}
     */
    static long languageBit(int k) {
        if (k < 0 || k >= LANGUAGES) {
            throw new IllegalArgumentException("language " + k + " has no bit: at most " + LANGUAGES + " languages");
        }
        return 1L << (LANGUAGE_BITS + k);
    }

    /**
     * Registers the first words of a vocabulary under {@code bit}: {@code words} as they are, {@code starts} as the
     * starts of words. Returns the generation from which token masks know them.
     */
    static synchronized int register(long bit, Collection<String> words, Collection<String> starts) {
        Tables old = tables;
        Map<String, Long> exact = new HashMap<>(old.exact);
        for (String word : words) {
            exact.merge(word, bit, (a, b) -> a | b);
        }
        List<Prefix> prefixes = new ArrayList<>(old.prefixes);
        for (String start : starts) {
            if (!start.isEmpty()) {
                prefixes.add(new Prefix(start, bit));
            }
        }
        Tables next = Tables.of(old.generation + 1, exact, prefixes);
        tables = next;
        return next.generation;
    }

    /** A token, with the mask of its text in the current generation and that generation. */
    static Token token(Token.Type type, int start, int end, String norm) {
        Tables current = tables;
        return new Token(type, start, end, norm, current.mask(norm), current.generation);
    }

    /** Whether {@code norm} may open a phrase of the vocabulary of {@code bit} (the current tables). */
    static boolean mayOpen(String norm, long bit) {
        return (tables.mask(norm) & bit) != 0;
    }
}
