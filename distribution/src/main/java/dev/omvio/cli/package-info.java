/**
 * The {@code omvio} command-line tool, one picocli command class per subcommand.
 *
 * <p>Exit codes: 0 success; 1 failure (an I/O error); 2 usage error or bad input (an unknown
 * option, a file that is not a stream, a frame range outside the stream). Errors are one line
 * on standard error; {@code --debug} adds the stack trace.
 */
package dev.omvio.cli;
