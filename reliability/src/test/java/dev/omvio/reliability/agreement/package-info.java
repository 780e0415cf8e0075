/**
 * The three ways to read a recording, the stream API with the codecs, the javax.imageio bridge
 * and the command-line tool, give the same pixels for every frame.
 */
package dev.omvio.reliability.agreement;
