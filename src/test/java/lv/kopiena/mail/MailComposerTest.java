package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of mail can be written in every language, with every text found. */
class MailComposerTest {

    private final TranslationProvider translations = new TranslationProvider();
    private final MailComposer composer = new MailComposer(translations,
            new MailSettings("Kopiena <no-reply@kopiena.local>", 8, Duration.ofDays(1), "https://kopiena.example.lv/"));

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void every_kind_is_written_in_latvian_ukrainian_and_english_without_a_missing_text(MailKind kind) {
        for (String language : new String[] {"lv", "uk", "en"}) {
            var mail = composer.compose(mail(kind, language), Instant.parse("2026-05-01T08:00:00Z"));
            assertThat(mail.subject()).contains("Kopienu forums").doesNotContain("!mail.");
            assertThat(mail.text()).doesNotContain("!mail.").contains("https://kopiena.example.lv/my-workshops");
            assertThat(mail.calendar() != null).isEqualTo(kind != MailKind.WAITING && kind != MailKind.REMINDER);
        }
        assertThat(translations.missingKeys()).isEmpty();
    }

    @Test
    void a_reminder_names_the_time_in_its_subject() {
        var mail = composer.compose(mail(MailKind.REMINDER, "en"), Instant.parse("2026-05-13T08:00:00Z"));
        assertThat(mail.subject()).isEqualTo("Reminder: Kopienu forums, Thursday, 14 May 2026, 10:00–13:00");
    }

    @Test
    void a_workshop_over_two_days_shows_both_dates() {
        var base = mail(MailKind.CONFIRMED, "lv");
        var twoDays = new PendingMail(base.id(), base.kind(), 0, base.queuedAt(), "CONFIRMED", base.email(),
                base.displayName(), "lv", base.activityId(), base.title(), base.startsAt(),
                LocalDateTime.of(2026, 5, 15, 16, 0), base.place(), base.centreName(), null, null, "OPEN", null,
                BigDecimal.TEN, "lv", null, 0);
        assertThat(MailComposer.when(twoDays, TranslationProvider.LATVIAN))
                .isEqualTo("ceturtdiena, 2026. gada 14. maijs, 10:00 – piektdiena, 2026. gada 15. maijs, 16:00");
    }

    private static PendingMail mail(MailKind kind, String language) {
        return new PendingMail(1, kind, 0, LocalDateTime.of(2026, 5, 1, 11, 0), "CONFIRMED", "anna@skola.test",
                "Anna", language, 42, "Kopienu forums", LocalDateTime.of(2026, 5, 14, 10, 0),
                LocalDateTime.of(2026, 5, 14, 13, 0), "Preiļi", "Preiļu centrs", "centrs@kopiena.test", null, "OPEN",
                null, new BigDecimal("3.0"), "ltg", "Lektore saslima", 2);
    }
}
