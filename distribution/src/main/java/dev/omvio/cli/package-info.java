/**
 * The {@code omvio} command-line tool, one picocli command class per subcommand: {@code info},
 * {@code extract}, {@code convert}, {@code pack}, {@code record}, {@code verify},
 * {@code repair}, {@code contact-sheet}, {@code doctor} and {@code demo}. Shared work has one
 * home each: {@link dev.omvio.cli.StreamFiles} opens input streams, {@link dev.omvio.cli.OutputFiles}
 * creates every output file (no overwrite without {@code --force}, never an input, never outside
 * its folder; written beside its place and moved there when complete, see
 * {@link dev.omvio.cli.OutputFile}), {@link dev.omvio.cli.FrameDecoding} names or skips
 * ({@code --keep-going}) frames that do not decode, {@link dev.omvio.cli.Failures} turns anything
 * thrown into one line and an exit code, {@link dev.omvio.cli.FrameNames} names extracted files, {@link dev.omvio.cli.FrameTimes} turns
 * intervals into times, {@link dev.omvio.cli.FramePictures} decodes and encodes frames through
 * the codecs, and {@link dev.omvio.cli.Progress} draws progress bars on a terminal.
 *
 * <p>Exit codes: 0 success; 1 failure (an I/O error; for {@code verify}, a damaged file; frames
 * skipped with {@code --keep-going}); 2 usage error or bad input (an unknown option, a file that
 * is not a stream, a path that cannot be used, a frame that does not decode, a frame range
 * outside the stream, an output that exists without {@code --force} or is an input); 3 internal
 * error or out of memory. Errors are one line on standard error; {@code --debug} adds the stack
 * trace.
 */
package dev.omvio.cli;
