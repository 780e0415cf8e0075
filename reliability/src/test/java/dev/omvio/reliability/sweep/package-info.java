/**
 * Exhaustive damage sweeps over the realistic camera recording: cut at every byte offset, and
 * every bit of every header flipped.
 */
package dev.omvio.reliability.sweep;
