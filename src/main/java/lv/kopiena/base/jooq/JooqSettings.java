package lv.kopiena.base.jooq;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ settings for the whole application. Optimistic locking: every editable table has a
 * {@code version} column (declared to the code generator), and storing a record that someone else
 * changed since it was read fails with {@code DataChangedException} instead of overwriting.
 * GROUP_CONCAT is rendered as it is: jOOQ would otherwise wrap such a query in
 * {@code SET @@group_concat_max_len} statements, which one JDBC call refuses, and MariaDB's own
 * limit (1 MB since 10.2.4) holds any list we concatenate.
 */
@Configuration(proxyBeanMethods = false)
class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer kopienaJooqSettings() {
        return configuration -> configuration.settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false)
                .withRenderGroupConcatMaxLenSessionVariable(false);
    }
}
