/**
 * Writing files safely, shared by every stage that writes: atomic replacement of a file, ordinary permissions,
 * checksums, and strict UTF-8 reading of text files (shared by {@code read} and {@code extract}). It depends only on
 * {@code model} (for {@code BadInputException}).
 */
package io.github.claimedlosses.files;
