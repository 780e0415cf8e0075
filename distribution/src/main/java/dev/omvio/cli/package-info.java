/**
 * The {@code omvio} command-line tool, one picocli command class per subcommand: {@code info},
 * {@code extract}, {@code convert}, {@code pack}, {@code record}, {@code verify},
 * {@code repair}, {@code contact-sheet}, {@code doctor} and {@code demo}. Shared work has one
 * home each: {@link dev.omvio.cli.StreamFiles} opens input streams, {@link dev.omvio.cli.OutputFiles}
 * creates every output file (no overwrite without {@code --force}, never outside its folder),
 * {@link dev.omvio.cli.FrameNames} names extracted files, {@link dev.omvio.cli.FrameTimes} turns
 * intervals into times, {@link dev.omvio.cli.FramePictures} decodes and encodes frames through
 * the codecs, and {@link dev.omvio.cli.Progress} draws progress bars on a terminal.
 *
 * <p>Exit codes: 0 success; 1 failure (an I/O error; for {@code verify}, a damaged file);
 * 2 usage error or bad input (an unknown option, a file that is not a stream, a frame range
 * outside the stream, an output that exists without {@code --force}). Errors are one line on
 * standard error; {@code --debug} adds the stack trace.
 */
package dev.omvio.cli;
