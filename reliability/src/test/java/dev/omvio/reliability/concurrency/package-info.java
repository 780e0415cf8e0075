/** Many readers on one file, and readers of a file that another process is appending to. */
package dev.omvio.reliability.concurrency;
