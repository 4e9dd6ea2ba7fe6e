package io.github.claimedlosses.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases, each with a value, matched against token sequences (a trie of token texts). A phrase is
 * tokenized like the documents, so that it matches the way they are written; a phrase word ending in {@code *}
 * matches any token that starts with what precedes the star. Immutable once built, so safe to share between threads.
 *
 * @param <V> the value a phrase stands for
 */
final class PhraseIndex<V> {
    private static final String PREFIX_MARK = "*";

    private final Node<V> root;
    private final int longest;
    /** This index's bit in {@link Openers}, and the generation from which token masks know its first words. */
    private final long bit;
    private final int generation;

    private PhraseIndex(Node<V> root, int longest) {
        this.root = root;
        this.longest = longest;
        this.bit = Openers.newBit();
        List<String> starts = new ArrayList<>();
        root.prefixes.values().forEach(group -> group.forEach(entry -> starts.add(entry.getKey())));
        this.generation = Openers.register(bit, root.exact.keySet(), starts);
    }

    /**
     * An index of {@code phrases}.
     *
     * @param what names the vocabulary in the message when two phrases have different values
     * @throws IllegalStateException when one phrase is given two different values
     */
    static <V> PhraseIndex<V> of(Map<String, V> phrases, String what) {
        Node<V> root = new Node<>();
        int longest = 0;
        for (Map.Entry<String, V> entry : phrases.entrySet()) {
            List<String> words = words(entry.getKey());
            if (words.isEmpty()) {
                throw new IllegalStateException(what + ": an empty phrase");
            }
            Node<V> node = root;
            for (String word : words) {
                node = node.child(word);
            }
            if (node.value != null && !node.value.equals(entry.getValue())) {
                throw new IllegalStateException(what + ": \"" + entry.getKey() + "\" stands for both " + node.value
                        + " and " + entry.getValue());
            }
            node.value = entry.getValue();
            longest = Math.max(longest, words.size());
        }
        return new PhraseIndex<>(root, longest);
    }

    /** The token texts of a phrase, a star written right after a word kept on it ({@code destroy*}). */
    private static List<String> words(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean star = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(PREFIX_MARK)
                    && tokens.get(i + 1).start() == token.end();
            words.add(star ? token.norm() + PREFIX_MARK : token.norm());
            i += star ? 1 : 0;
        }
        return words;
    }

    /** An index in which every phrase stands for the same value. */
    static <V> PhraseIndex<V> of(List<String> phrases, V value, String what) {
        Map<String, V> map = new HashMap<>();
        phrases.forEach(phrase -> map.put(phrase, value));
        return of(map, what);
    }

    /** The longest phrase that starts at token {@code from} and ends at or before {@code limit}, or null. */
    Match<V> longestAt(List<Token> tokens, int from, int limit) {
        if (from >= limit || !tokens.get(from).mayOpen(bit, generation)) {
            return null;
        }
        int end = longestEnd(root, tokens, from, limit);
        return end < 0 ? null : new Match<>(valueAt(tokens, from, end), from, end);
    }

    /**
     * The end of the longest phrase below {@code node} that continues at token {@code i}, or -1. A token can lead
     * both to a word written out and to a word given by its start ({@code вбитими} and {@code вбит*}): both are
     * followed, so that a longer phrase through one does not hide a shorter one through the other.
     */
    private static <V> int longestEnd(Node<V> node, List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return -1;
        }
        String word = tokens.get(i).norm();
        int best = -1;
        Node<V> exact = node.exact.get(word);
        if (exact != null) {
            best = Math.max(exact.value != null ? i + 1 : -1, longestEnd(exact, tokens, i + 1, limit));
        }
        Node<V> prefix = node.byPrefix(word);
        if (prefix != null) {
            best = Math.max(best, Math.max(prefix.value != null ? i + 1 : -1, longestEnd(prefix, tokens, i + 1, limit)));
        }
        return best;
    }

    /** The value of the phrase that spans tokens {@code [from, end)}, preferring words written out. */
    private V valueAt(List<Token> tokens, int from, int end) {
        return valueBelow(root, tokens, from, end);
    }

    private static <V> V valueBelow(Node<V> node, List<Token> tokens, int i, int end) {
        if (node == null) {
            return null;
        }
        if (i == end) {
            return node.value;
        }
        String word = tokens.get(i).norm();
        V exact = valueBelow(node.exact.get(word), tokens, i + 1, end);
        return exact != null ? exact : valueBelow(node.byPrefix(word), tokens, i + 1, end);
    }

    /** The first phrase found scanning {@code [from, to)} left to right (the longest at its start), or null. */
    Match<V> first(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<V> match = longestAt(tokens, i, to);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /**
     * The first phrase that starts in {@code [from, to)}, left to right (the longest at its start, which may end
     * after {@code to}), or null.
     */
    Match<V> firstStartingIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<V> match = longestAt(tokens, i, tokens.size());
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /**
     * The last phrase that ends in {@code (from, to]}, as {@link #all} finds them from a phrase's length before
     * {@code from}: the end of a longer phrase is not taken for a phrase of its own ("вбитими й пораненими", not
     * "пораненими"), even when {@code from} cuts it; null when there is none.
     */
    Match<V> last(List<Token> tokens, int from, int to) {
        List<Match<V>> matches = all(tokens, Math.max(0, from - longest + 1), to);
        Match<V> last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
        return last != null && last.end() > from ? last : null;
    }

    /** The longest phrase that ends exactly before token {@code end} and starts at or after {@code from}, or null. */
    Match<V> endingAt(List<Token> tokens, int from, int end) {
        for (int i = Math.max(from, end - longest); i < end; i++) {
            Match<V> match = longestAt(tokens, i, end);
            if (match != null && match.end() == end) {
                return match;
            }
        }
        return null;
    }

    /** Every phrase in {@code [from, to)}, left to right, none overlapping (the longest at each start). */
    List<Match<V>> all(List<Token> tokens, int from, int to) {
        List<Match<V>> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> match = longestAt(tokens, i, to);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.end();
            }
        }
        return matches;
    }

    /**
     * A phrase found in a token list.
     *
     * @param value what the phrase stands for
     * @param start index of its first token
     * @param end   index after its last token
     */
    record Match<V>(V value, int start, int end) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> exact = new HashMap<>();
        /**
         * Children reached by a token that starts with the key (phrase words ending in {@code *}), grouped by the
         * key's first character, longest key first.
         */
        private final Map<Character, List<Map.Entry<String, Node<V>>>> prefixes = new HashMap<>();
        /** The same keys as a trie of characters, made on first lookup; null until then. */
        private volatile Starts<V> starts;
        private V value;

        Node<V> child(String word) {
            if (word.length() > 1 && word.endsWith(PREFIX_MARK)) {
                String prefix = word.substring(0, word.length() - 1);
                List<Map.Entry<String, Node<V>>> group = prefixes.computeIfAbsent(prefix.charAt(0),
                        key -> new ArrayList<>());
                for (Map.Entry<String, Node<V>> entry : group) {
                    if (entry.getKey().equals(prefix)) {
                        return entry.getValue();
                    }
                }
                Node<V> node = new Node<>();
                group.add(Map.entry(prefix, node));
                group.sort((a, b) -> b.getKey().length() - a.getKey().length());
                return node;
            }
            return exact.computeIfAbsent(word, key -> new Node<>());
        }

        /** The child of the longest phrase word given by its start that {@code word} starts with, or null. */
        Node<V> byPrefix(String word) {
            if (prefixes.isEmpty()) {
                return null;
            }
            Starts<V> trie = starts;
            if (trie == null) {
                trie = Starts.of(prefixes);
                starts = trie; // built from the finished node, so every thread builds the same one
            }
            return trie.longestIn(word);
        }
    }

    /** Word starts as a trie of characters; each node holds the child phrase node of the start that ends there. */
    private static final class Starts<V> {
        private final char[] keys;
        private final Starts<V>[] children;
        private final Node<V> target;

        private Starts(char[] keys, Starts<V>[] children, Node<V> target) {
            this.keys = keys;
            this.children = children;
            this.target = target;
        }

        static <V> Starts<V> of(Map<Character, List<Map.Entry<String, Node<V>>>> prefixes) {
            Map<String, Node<V>> all = new java.util.TreeMap<>();
            prefixes.values().forEach(group -> group.forEach(entry -> all.put(entry.getKey(), entry.getValue())));
            return build(all, "");
        }

        @SuppressWarnings("unchecked")
        private static <V> Starts<V> build(Map<String, Node<V>> all, String path) {
            java.util.TreeMap<Character, Map<String, Node<V>>> byChar = new java.util.TreeMap<>();
            Node<V> target = null;
            for (Map.Entry<String, Node<V>> entry : all.entrySet()) {
                String key = entry.getKey();
                if (key.length() == path.length()) {
                    target = entry.getValue();
                } else {
                    byChar.computeIfAbsent(key.charAt(path.length()), c -> new java.util.TreeMap<>())
                            .put(key, entry.getValue());
                }
            }
            char[] keys = new char[byChar.size()];
            Starts<V>[] children = new Starts[byChar.size()];
            int k = 0;
            for (Map.Entry<Character, Map<String, Node<V>>> entry : byChar.entrySet()) {
                keys[k] = entry.getKey();
                children[k++] = build(entry.getValue(), path + entry.getKey());
            }
            return new Starts<>(keys, children, target);
        }

        /** The target of the longest start {@code word} begins with (the start itself included), or null. */
        Node<V> longestIn(String word) {
            Starts<V> node = this;
            Node<V> found = null;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                Starts<V> next = null;
                char[] chars = node.keys;
                if (chars.length == 1) {
                    next = chars[0] == c ? node.children[0] : null;
                } else {
                    int k = java.util.Arrays.binarySearch(chars, c);
                    next = k < 0 ? null : node.children[k];
                }
                if (next == null) {
                    break;
                }
                node = next;
                if (node.target != null) {
                    found = node.target;
                }
            }
            return found;
        }
    }
}
