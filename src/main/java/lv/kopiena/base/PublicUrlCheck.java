package lv.kopiena.base;

import lv.kopiena.base.db.EmbeddedDatabaseEnvironment;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks {@code kopiena.public-url} as soon as the settings are read and the mode is known (after
 * {@link EmbeddedDatabaseEnvironment}), so that an unusable address stops the app before it touches
 * the database. The {@link PublicUrl} bean is made from the same check.
 */
public class PublicUrlCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        PublicUrlConfiguration.fromEnvironment(env);
    }

    @Override
    public int getOrder() {
        return EmbeddedDatabaseEnvironment.ORDER + 1;
    }
}
