package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;

import lv.kopiena.base.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Exactly one mail sender exists: Spring Boot's SMTP sender when a server is configured, otherwise
 * ours (the log in the demo, the outbox elsewhere).
 */
class MailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MailConfiguration.class)
            .withBean(PublicUrl.class, () -> PublicUrl.of(null, true))
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class));

    @Test
    void in_the_demo_without_an_smtp_host_mails_go_to_the_log() {
        runner.withPropertyValues("kopiena.embedded=true").run(context -> {
            assertThat(context).hasSingleBean(MailSender.class);
            assertThat(context.getBean(MailSender.class)).isInstanceOf(LoggingMailSender.class);
        });
    }

    @Test
    void with_a_real_database_without_an_smtp_host_mails_stay_in_the_outbox_instead_of_the_log() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(MailSender.class);
            assertThat(context.getBean(MailSender.class)).isInstanceOf(NoSmtpMailSender.class);
        });
    }

    @Test
    void with_an_smtp_host_spring_boot_sends_through_it() {
        runner.withPropertyValues("spring.mail.host=smtp.example.lv", "spring.mail.port=2525").run(context -> {
            assertThat(context).hasSingleBean(MailSender.class);
            MailSender sender = context.getBean(MailSender.class);
            assertThat(sender).isNotInstanceOf(LoggingMailSender.class).isInstanceOf(JavaMailSenderImpl.class);
            assertThat(((JavaMailSenderImpl) sender).getHost()).isEqualTo("smtp.example.lv");
            assertThat(((JavaMailSenderImpl) sender).getPort()).isEqualTo(2525);
        });
    }

    @Test
    void settings_have_their_defaults() {
        runner.run(context -> {
            MailSettings settings = context.getBean(MailSettings.class);
            assertThat(settings.from()).isEqualTo("Kopiena <no-reply@kopiena.local>");
            assertThat(settings.maxAttempts()).isEqualTo(8);
            assertThat(settings.reminderBefore()).hasHours(24);
            assertThat(settings.myWorkshopsUrl()).isEqualTo("http://localhost:8080/my-workshops");
        });
    }
}
