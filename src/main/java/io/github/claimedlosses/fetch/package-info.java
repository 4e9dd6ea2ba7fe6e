/**
 * Keeps a local copy of the public datasets current: {@link io.github.claimedlosses.fetch.DatasetCache} downloads
 * the files of the registered sources that have a remote path ({@link io.github.claimedlosses.fetch.DatasetFile})
 * into a cache folder laid out like the
 * reference datasets ({@code general-staff/}, {@code oryx/}), replacing a cached file only with a download that is
 * complete, reads cleanly with the project's own readers and is not suspiciously smaller or older, and records each
 * file in a {@link io.github.claimedlosses.fetch.Manifest}.
 */
package io.github.claimedlosses.fetch;
