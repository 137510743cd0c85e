package dev.athanor.engine;

import dev.athanor.dialect.JdbcTarget;
import dev.athanor.exc.ArgumentError;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL in SQLAlchemy's form, {@code dialect[+driver]://user:password@host:port/database?key=value},
 * or a plain {@code jdbc:} URL. Percent-encoded user names and passwords are decoded.
 *
 * <p>{@link #toString()} masks the password as {@code ***}, and so does every message Athanor
 * builds from a URL; the password itself is only ever handed to the driver as a property.
 *
 * <pre>{@code
 * Url.parse("postgresql://scott:tiger@localhost:5432/mydb")
 * Url.parse("sqlite:///relative.db")      // file relative to the working directory
 * Url.parse("sqlite:////abs/path.db")     // absolute path
 * Url.parse("h2:///:memory:")             // private in-memory database
 * Url.parse("jdbc:postgresql://localhost/mydb?user=scott")
 * }</pre>
 */
public final class Url {
    private static final Pattern FORM = Pattern.compile(
            "(?<scheme>[A-Za-z][A-Za-z0-9]*)(?:\\+(?<driver>[A-Za-z0-9_.]+))?://"
                    + "(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?"
                    + "(?<host>\\[[^]]+]|[^:/?]*)?(?::(?<port>[^/?]*))?"
                    + "(?:/(?<database>[^?]*))?(?:\\?(?<query>.*))?");
    private static final Pattern JDBC_SECRET = Pattern.compile("(?i)(password=)[^;&]*");

    private final String scheme;
    private final String driver;
    private final String username;
    private final String password;
    private final String host;
    private final Integer port;
    private final String database;
    private final Map<String, String> query;
    private final String jdbcUrl;

    private Url(String scheme, String driver, String username, String password, String host,
                Integer port, String database, Map<String, String> query, String jdbcUrl) {
        this.scheme = scheme;
        this.driver = driver;
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.query = Map.copyOf(query);
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Parses a URL.
     *
     * @throws ArgumentError naming the (masked) URL and the expected form
     */
    public static Url parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ArgumentError("A database URL is required, e.g. postgresql://user:password@host:5432/db");
        }
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:")) {
            return new Url(null, null, null, null, null, null, null, Map.of(), trimmed);
        }
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new ArgumentError("Could not parse database URL '" + maskRaw(trimmed)
                    + "': expected dialect[+driver]://user:password@host:port/database"
                    + " (e.g. postgresql://scott:***@localhost:5432/mydb, sqlite:///app.db) or a jdbc: URL");
        }
        String host = emptyToNull(m.group("host"));
        if (host != null && host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new Url(m.group("scheme").toLowerCase(java.util.Locale.ROOT), m.group("driver"),
                decode(m.group("user")), decode(m.group("password")), host,
                parsePort(m.group("port"), trimmed), decode(m.group("database")), parseQuery(m.group("query")),
                null);
    }

    private static Integer parsePort(String port, String url) {
        if (port == null || port.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(port);
            if (value < 1 || value > 65_535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ArgumentError("Invalid port '" + port + "' in database URL '" + maskRaw(url)
                    + "': expected a number from 1 to 65535");
        }
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> result = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return result;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.put(key, value);
        }
        return result;
    }

    private static String decode(String value) {
        return value == null ? null : URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Masks anything that looks like a password in a string we could not parse. */
    private static String maskRaw(String url) {
        String masked = url.replaceFirst("(://[^:@/]*:)[^@/]*@", "$1***@");
        return JDBC_SECRET.matcher(masked).replaceAll("$1***");
    }

    /** The dialect name ({@code postgresql}), or {@code null} for a plain JDBC URL. */
    public String scheme() {
        return scheme;
    }

    /** The {@code +driver} part, or {@code null}. */
    public String driver() {
        return driver;
    }

    /** The user name, or {@code null}. */
    public String username() {
        return username;
    }

    /** The password, or {@code null}. Never logged. */
    public String password() {
        return password;
    }

    /** The host, or {@code null} for file and in-memory databases. */
    public String host() {
        return host;
    }

    /** The port, or {@code null} for the dialect's default. */
    public Integer port() {
        return port;
    }

    /** The database name or path, or {@code null}. */
    public String database() {
        return database;
    }

    /** The query-string options, passed to the driver as properties. */
    public Map<String, String> query() {
        return query;
    }

    /** The plain JDBC URL this was parsed from, or {@code null} for the SQLAlchemy form. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Whether this is a plain {@code jdbc:} URL. */
    public boolean isJdbc() {
        return jdbcUrl != null;
    }

    /** The parts a dialect needs to build its JDBC URL. */
    public JdbcTarget toJdbcTarget() {
        return new JdbcTarget(driver, host, port, database, query);
    }

    /** A copy with another password (e.g. one read from a secret store). */
    public Url withPassword(String newPassword) {
        return new Url(scheme, driver, username, newPassword, host, port, database, query, jdbcUrl);
    }

    /** The URL as text, with the password shown or masked. */
    public String render(boolean hidePassword) {
        if (jdbcUrl != null) {
            return hidePassword ? JDBC_SECRET.matcher(jdbcUrl).replaceAll("$1***") : jdbcUrl;
        }
        StringBuilder text = new StringBuilder(scheme);
        if (driver != null) {
            text.append('+').append(driver);
        }
        text.append("://");
        if (username != null) {
            text.append(encode(username));
            if (password != null) {
                text.append(':').append(hidePassword ? "***" : encode(password));
            }
            text.append('@');
        }
        if (host != null) {
            text.append(host.contains(":") ? "[" + host + "]" : host);
        }
        if (port != null) {
            text.append(':').append(port);
        }
        if (database != null) {
            text.append('/').append(database);
        }
        if (!query.isEmpty()) {
            text.append('?');
            query.forEach((k, v) -> text.append(encode(k)).append('=')
                    .append(hidePassword && k.equalsIgnoreCase("password") ? "***" : encode(v)).append('&'));
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URL with its password masked as {@code ***}. */
    @Override
    public String toString() {
        return render(true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Url url && render(false).equals(url.render(false));
    }

    @Override
    public int hashCode() {
        return Objects.hash(render(false));
    }
}
