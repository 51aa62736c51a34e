package lv.kopiena.mail;

import lv.kopiena.base.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Mail settings and, when no SMTP server is configured, our own sender: in the embedded demo one that
 * writes mails to the log, elsewhere one that keeps them in the outbox. Spring Boot's own sender
 * (MailSenderAutoConfiguration) is created only when {@code spring.mail.host} or
 * {@code spring.mail.jndi-name} is set and no other {@code MailSender} exists; ours is created
 * exactly in the opposite case, so the two never meet and the demo never connects anywhere.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailSettings mailSettings(
            @Value("${kopiena.mail.from:Kopiena <no-reply@kopiena.local>}") String from,
            @Value("${kopiena.mail.max-attempts:8}") int maxAttempts,
            @Value("${kopiena.mail.reminder-before:P1D}") String reminderBefore,
            PublicUrl publicUrl) {
        return new MailSettings(from, maxAttempts, DurationStyle.detectAndParse(reminderBefore), publicUrl.value());
    }

    /**
     * Without an SMTP server: the demo writes each mail to the log in full (its people are invented,
     * and the walkthrough reads the links there); a real installation keeps them unsent in the outbox
     * and logs no personal data.
     */
    @Bean
    @Conditional(NoSmtpServer.class)
    JavaMailSender mailSenderWithoutSmtp(@Value("${kopiena.embedded:false}") boolean demo) {
        return demo ? new LoggingMailSender() : new NoSmtpMailSender();
    }

    /** Neither an SMTP host nor a JNDI mail session is configured. */
    static class NoSmtpServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !StringUtils.hasText(env.getProperty("spring.mail.host"))
                    && !StringUtils.hasText(env.getProperty("spring.mail.jndi-name"));
        }
    }
}
