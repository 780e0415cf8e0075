/**
 * Reliability tests of omvio: what the fuzzers, sweeps, crash and concurrency tests share —
 * a realistic recording built by hand from real camera images, a deterministic frame pattern
 * a killed recorder can be checked against, and the invariants every opened stream must keep.
 */
package dev.omvio.reliability;
