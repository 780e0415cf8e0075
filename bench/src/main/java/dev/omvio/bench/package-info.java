/** JMH benchmarks of omvio, each measured side by side with the baseline it is compared to. */
package dev.omvio.bench;
