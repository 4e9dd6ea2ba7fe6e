package io.github.claimedlosses.extract;

/**
 * A sentence of a document.
 *
 * @param start     index of its first character
 * @param end       index after its last character
 * @param paragraph number of its paragraph, counted from 0 in the stretch of text that was split
 */
record Sentence(int start, int end, int paragraph) {
}
