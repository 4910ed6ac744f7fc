package io.switchboard.tools.sql;

import java.util.List;
import java.util.Locale;

/**
 * Which JDBC URLs a datasource may have: PostgreSQL and H2 only, and none of the URL options that make a
 * driver load classes, write files or run SQL on connect (PostgreSQL's socket/SSL factories and logger file,
 * H2's INIT and its remote script loading).
 */
public final class JdbcUrls {

    private static final List<String> POSTGRES_FORBIDDEN = List.of("socketfactory", "sslfactory",
            "sslhostnameverifier", "sslpasswordcallback", "authenticationpluginclassname", "loggerfile",
            "loggerlevel", "sslkey", "sslcert", "sslrootcert");
    private static final List<String> H2_FORBIDDEN = List.of("init=", "runscript", "javaobjectserializer",
            "authenticator", "trace_level_file", "trace_max_file_size", "database_event_listener", "mode=");

    private JdbcUrls() {
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
