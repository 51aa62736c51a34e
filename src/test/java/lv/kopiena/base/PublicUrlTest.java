package lv.kopiena.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import lv.kopiena.base.db.EmbeddedDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The address that goes into mails and onto certificates: outside the embedded demo the app does
 * not start without an https:// one; the demo keeps http://localhost:8080.
 */
class PublicUrlTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PublicUrlConfiguration.class);

    @Test
    void with_a_server_database_the_app_does_not_start_without_an_address_and_says_what_to_set() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new PublicUrlFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription())
                    .contains("kopiena.public-url (KOPIENA_PUBLIC_URL)")
                    .contains("it is not set");
            assertThat(analysis.getAction()).contains("KOPIENA_PUBLIC_URL=https://");
        });
    }

    @Test
    void with_a_server_database_the_demo_default_and_plain_http_are_refused() {
        runner.withPropertyValues("kopiena.public-url=http://localhost:8080").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("'http://localhost:8080' cannot be used: it is still the demo's default");
        });
        assertThatThrownBy(() -> PublicUrl.of("http://kopiena.example.lv", false))
                .hasMessageContaining("it is not an https:// address");
    }

    @Test
    void an_address_that_is_not_an_absolute_https_url_is_refused() {
        for (String wrong : new String[] {"kopiena.example.lv", "/kopiena", "https://", "ftp://kopiena.example.lv",
                "https://kopiena example.lv"}) {
            assertThatThrownBy(() -> PublicUrl.of(wrong, false)).as(wrong)
                    .isInstanceOf(PublicUrl.InvalidPublicUrlException.class);
        }
        for (String wrong : new String[] {"https://kopiena.example.lv/?lang=lv", "https://kopiena.example.lv/#top",
                "https://admin:secret@kopiena.example.lv"}) {
            assertThatThrownBy(() -> PublicUrl.of(wrong, false)).as(wrong)
                    .hasMessageContaining("the bare address of the app");
        }
        assertThatThrownBy(() -> PublicUrl.of("   ", false)).hasMessageContaining("it is not set");
    }

    @Test
    void with_a_server_database_an_https_address_is_taken_and_links_are_built_on_it() {
        runner.withPropertyValues("kopiena.public-url=https://kopiena.preili.lv/").run(context -> {
            assertThat(context).hasNotFailed();
            PublicUrl url = context.getBean(PublicUrl.class);
            assertThat(url.value()).isEqualTo("https://kopiena.preili.lv");
            assertThat(url.link("/my-workshops")).isEqualTo("https://kopiena.preili.lv/my-workshops");
            assertThat(url.link("certificates/verify/AB12")).isEqualTo("https://kopiena.preili.lv/certificates/verify/AB12");
        });
        assertThat(PublicUrl.of("https://kopiena.example.lv/kopiena/", false).link("/login"))
                .isEqualTo("https://kopiena.example.lv/kopiena/login");
    }

    @Test
    void the_embedded_demo_keeps_localhost_unless_told_otherwise() {
        runner.withPropertyValues("kopiena.embedded=true").run(context ->
                assertThat(context.getBean(PublicUrl.class).value()).isEqualTo("http://localhost:8080"));
        runner.withPropertyValues("kopiena.embedded=true", "kopiena.public-url=http://192.168.1.20:8080").run(context ->
                assertThat(context.getBean(PublicUrl.class).value()).isEqualTo("http://192.168.1.20:8080"));
        assertThatThrownBy(() -> PublicUrl.of("localhost:8080/x?y", true))
                .isInstanceOf(PublicUrl.InvalidPublicUrlException.class);
    }

    @Test
    void the_check_runs_as_soon_as_the_settings_are_read_after_the_mode_is_known() {
        var server = new StandardEnvironment();
        server.getPropertySources().addFirst(new MapPropertySource("server",
                Map.of("spring.datasource.url", "jdbc:mariadb://db.example.lv/kopiena")));
        assertThatThrownBy(() -> new PublicUrlCheck().postProcessEnvironment(server, new SpringApplication()))
                .isInstanceOf(PublicUrl.InvalidPublicUrlException.class);

        var demo = new StandardEnvironment();
        demo.getPropertySources().addFirst(new MapPropertySource("demo", Map.of("kopiena.embedded", "true")));
        new PublicUrlCheck().postProcessEnvironment(demo, new SpringApplication());
        // the embedded database says whether this is the demo, so the check comes after it
        assertThat(new PublicUrlCheck().getOrder()).isGreaterThan(EmbeddedDatabaseEnvironment.ORDER);
    }

    /** CI runs the service tests against a separate MariaDB server: the test profile must let them start. */
    @Test
    void the_test_profile_gives_an_https_address_against_a_server_and_the_demo_default_otherwise() throws Exception {
        // a KOPIENA_PUBLIC_URL in the environment running the tests would rightly win
        assumeTrue(System.getenv("KOPIENA_PUBLIC_URL") == null, "KOPIENA_PUBLIC_URL is set");
        for (boolean embedded : new boolean[] {false, true}) {
            var env = new StandardEnvironment();
            env.getPropertySources().addFirst(new ResourcePropertySource("classpath:application-test.properties"));
            if (embedded) {
                env.getPropertySources().addFirst(new MapPropertySource("embedded", Map.of("kopiena.embedded", "true")));
            }
            assertThat(PublicUrl.of(env.getProperty("kopiena.public-url"), embedded).value())
                    .isEqualTo(embedded ? "http://localhost:8080" : "https://kopiena.test");
        }
    }
}
