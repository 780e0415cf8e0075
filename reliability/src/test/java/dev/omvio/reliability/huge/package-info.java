/** The command line on a file of a million frames in a small heap: nothing may grow with the frame count but the index. */
package dev.omvio.reliability.huge;
