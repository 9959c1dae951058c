package org.kompis.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kompis.core.ConfigException;

/** The command-line verbs beside running the server. */
public final class Admin {
    private Admin() {}

    /** True if {@code args} name an admin verb (then it ran, or failed with a {@link ConfigException}). */
    public static boolean run(List<String> args, Map<String, String> env, Consumer<String> out) {
        if (args.isEmpty()) {
            return false;
        }
        String dbUrl = env.getOrDefault("KOMPIS_DB_URL", "jdbc:sqlite:data/kompis.db");
        switch (args.get(0)) {
            case "backup" -> {
                if (args.size() != 2) {
                    throw new ConfigException(
                            "Usage: kompis backup <file> (a copy of the SQLite database in KOMPIS_DB_URL).");
                }
                out.accept(Backup.run(dbUrl, args.get(1)));
                return true;
            }
            case "migrate" -> {
                int from = args.indexOf("--from");
                int to = args.indexOf("--to");
                if (args.size() != 5 || from < 0 || to < 0) {
                    throw new ConfigException("Usage: kompis migrate --from jdbc:sqlite:data/kompis.db "
                            + "--to jdbc:postgresql://<host>/<database> (user and password from KOMPIS_DB_USER and "
                            + "KOMPIS_DB_PASSWORD, or in the URL).");
                }
                out.accept("Copying " + args.get(from + 1) + " to PostgreSQL:");
                Migrate.run(
                        args.get(from + 1),
                        args.get(to + 1),
                        env.get("KOMPIS_DB_USER"),
                        env.get("KOMPIS_DB_PASSWORD"),
                        out);
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
