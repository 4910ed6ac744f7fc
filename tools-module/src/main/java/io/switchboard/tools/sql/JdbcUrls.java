package io.switchboard.tools.sql;

import java.util.List;
import java.util.Locale;

/**
 * Which JDBC URLs a datasource may have: PostgreSQL, and H2 in memory or behind an H2 server (never a database
 * file on the platform's disk, such as its own embedded database); and none of the URL options that make a driver
 * load classes, write files or run SQL on connect (PostgreSQL's socket/SSL factories and logger file, H2's INIT
 * and its remote script loading).
 */
public final class JdbcUrls {

    private static final List<String> POSTGRES_FORBIDDEN = List.of("socketfactory", "sslfactory",
            "sslhostnameverifier", "sslpasswordcallback", "authenticationpluginclassname", "loggerfile",
            "loggerlevel", "sslkey", "sslcert", "sslrootcert");
    private static final List<String> H2_FORBIDDEN = List.of("init=", "runscript", "javaobjectserializer",
            "authenticator", "trace_level_file", "trace_max_file_size", "database_event_listener", "mode=", "auto_server",
            "ifexists=false", "forbid_creation=false");

    private JdbcUrls() {
    }

    /** True when both URLs name the same database (host, port and database; options and letter case ignored). */
    public static boolean sameDatabase(String a, String b) {
        return base(a).equals(base(b));
    }

    private static String base(String url) {
        String lower = url.toLowerCase(Locale.ROOT).strip();
        int cut = lower.length();
        for (char c : new char[] {'?', ';'}) {
            int at = lower.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String base = lower.substring(0, cut).replace("://localhost", "://127.0.0.1");
        return base.replaceFirst("^(jdbc:postgresql://[^/:]+)/", "$1:5432/");
    }

    /** Null when the URL is acceptable, else why not. */
    public static String refusal(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            for (String option : POSTGRES_FORBIDDEN) {
                if (lower.contains(option)) {
                    return "the PostgreSQL URL option '" + option + "' is not allowed";
                }
            }
            return null;
        }
        if (lower.startsWith("jdbc:h2:")) {
            if (!lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")) {
                return "H2 datasources must be in memory (jdbc:h2:mem:) or served by an H2 server (jdbc:h2:tcp:); "
                        + "database files on the platform's disk are not opened";
            }
            for (String option : H2_FORBIDDEN) {
                if (lower.contains(option)) {
                    return "the H2 URL option '" + option.replace("=", "") + "' is not allowed";
                }
            }
            return null;
        }
        return "only jdbc:postgresql: and jdbc:h2: URLs are supported";
    }
}
