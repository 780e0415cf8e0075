package dev.omvio.cli;

/** Input the tool cannot work with: reported in one line with exit code 2. */
final class BadInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
