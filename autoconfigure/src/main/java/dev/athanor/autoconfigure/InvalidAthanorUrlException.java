package dev.athanor.autoconfigure;

/** Thrown at startup when {@code athanor.url} cannot be turned into an engine. */
public class InvalidAthanorUrlException extends RuntimeException {
    private final String maskedUrl;
    private final String reason;

    InvalidAthanorUrlException(String url, Throwable cause) {
        super("athanor.url '" + DatabaseUrls.masked(url) + "' is invalid: " + DatabaseUrls.masked(cause.getMessage()),
                cause);
        this.maskedUrl = DatabaseUrls.masked(url);
        this.reason = DatabaseUrls.masked(cause.getMessage());
    }

    /** The URL as configured, password masked. */
    public String maskedUrl() {
        return maskedUrl;
    }

    /** Why the engine refused it. */
    public String reason() {
        return reason;
    }
}
