/**
 * Reliability tests of omvio: what the fuzzers, sweeps, crash and concurrency tests share —
 * a realistic recording built by hand from real camera images, small files laid out by hand, a
 * deterministic frame pattern a killed recorder can be checked against, the invariants every
 * opened stream must keep, and the agreement of the split reader's runs with the engine.
 */
package dev.omvio.reliability;
