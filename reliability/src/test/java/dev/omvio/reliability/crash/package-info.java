/** Recordings whose writing process is killed with SIGKILL at random moments. */
package dev.omvio.reliability.crash;
