package lv.kopiena.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link PublicUrl} of the app. Outside the embedded demo ({@code kopiena.embedded=true},
 * set by the embedded database) an unusable address stops the app before it mails anybody a wrong
 * link; {@link PublicUrlCheck} makes that happen before the database is touched.
 */
@Configuration(proxyBeanMethods = false)
class PublicUrlConfiguration {

    @Bean
    PublicUrl publicUrl(Environment env) {
        return fromEnvironment(env);
    }

    static PublicUrl fromEnvironment(Environment env) {
        return PublicUrl.of(env.getProperty("kopiena.public-url"), env.getProperty("kopiena.embedded", Boolean.class, false));
    }
}
