/**
 * Writing files safely, shared by every stage that writes: atomic replacement of a file, ordinary permissions, and
 * checksums. It depends on nothing else in the project.
 */
package io.github.claimedlosses.files;
