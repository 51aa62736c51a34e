package lv.kopiena.base.jooq;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ settings for the whole application. Optimistic locking: every editable table has a
 * {@code version} column (declared to the code generator), and storing a record that someone else
 * changed since it was read fails with {@code DataChangedException} instead of overwriting.
 */
@Configuration(proxyBeanMethods = false)
class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer kopienaJooqSettings() {
        return configuration -> configuration.settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false);
    }
}
