package dev.athanor.autoconfigure;

import java.util.regex.Pattern;

/** Renders database URLs for logs and failure reports with every password masked. */
final class DatabaseUrls {
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:?;]*:)[^@/]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

    private DatabaseUrls() {
    }

    /** The URL with {@code user:secret@} and {@code password=secret} shown as {@code ***}. */
    static String masked(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO_PASSWORD.matcher(url).replaceAll("$1***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
