/**
 * Exhaustive damage sweeps over the realistic camera recording: cut at every byte offset, and
 * every bit of every header flipped; and every cut of two small hand-laid files read through the
 * split reader in every split into runs.
 */
package dev.omvio.reliability.sweep;
