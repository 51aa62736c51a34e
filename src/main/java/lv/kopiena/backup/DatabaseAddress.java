package lv.kopiena.backup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Where the MariaDB command-line clients find the database of {@code spring.datasource.url}: host
 * and port, or the Unix socket of the embedded server ({@code localSocket}), the schema, and
 * whether the driver uses TLS ({@code sslMode}: disable, the driver's default; trust; verify-ca;
 * verify-full), so that the tools do the same as the application.
 */
record DatabaseAddress(String host, int port, @Nullable String socket, String database, String sslMode) {

    static DatabaseAddress parse(String jdbcUrl) {
        String url = jdbcUrl.trim();
        int scheme = url.indexOf("://");
        if (!(url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) || scheme < 0) {
            throw new BackupException("Backups need a MariaDB JDBC URL (jdbc:mariadb://host:port/database), not " + url);
        }
        String rest = url.substring(scheme + 3);
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query + 1);
        String hostPath = query < 0 ? rest : rest.substring(0, query);
        int slash = hostPath.indexOf('/');
        if (slash < 0 || slash == hostPath.length() - 1) {
            throw new BackupException("The JDBC URL names no database: " + url);
        }
        String authority = hostPath.substring(0, slash);
        String database = hostPath.substring(slash + 1);
        if (authority.contains(",") || authority.contains("(")) {
            throw new BackupException("Backups support one host:port in the JDBC URL, not " + authority);
        }
        String host = authority.isEmpty() ? "localhost" : authority;
        int port = 3306;
        int colon = authority.lastIndexOf(':');
        if (colon > 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            port = Integer.parseInt(authority.substring(colon + 1));
        }
        String socket = null;
        // MariaDB Connector/J's default: no TLS
        String sslMode = "disable";
        for (String param : params.split("&")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).equals("localSocket")) {
                socket = URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
            } else if (eq > 0 && param.substring(0, eq).equals("sslMode")) {
                sslMode = param.substring(eq + 1);
            }
        }
        return new DatabaseAddress(host, port, socket, database, sslMode);
    }
}
