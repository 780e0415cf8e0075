/**
 * Files the tool converts recordings to and from, other than OpenMV streams: Motion-JPEG AVI
 * (written with the recorded timing, read back frame by frame), animated GIF, and the contact
 * sheet of thumbnails.
 */
package dev.omvio.cli.media;
