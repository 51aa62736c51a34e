package lv.kopiena.base.ui;

import lv.kopiena.i18n.TranslationProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link DatabaseOutageFilter} in front of Spring Security's filters. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageFilterConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(TranslationProvider translations) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(translations));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
