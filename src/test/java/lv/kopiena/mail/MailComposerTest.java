package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Stream;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of mail can be written in every language, with every text found. */
class MailComposerTest {

    private final TranslationProvider translations = new TranslationProvider();
    private final MailComposer composer = new MailComposer(translations,
            new MailSettings("Kopiena <no-reply@kopiena.local>", 8, Duration.ofDays(1), "https://kopiena.example.lv/"));

    static Stream<MailKind> workshopKinds() {
        return Arrays.stream(MailKind.values()).filter(k -> !k.aboutAccount());
    }

    static Stream<MailKind> accountKinds() {
        return Arrays.stream(MailKind.values()).filter(MailKind::aboutAccount);
    }

    @ParameterizedTest
    @MethodSource("workshopKinds")
    void every_kind_is_written_in_latvian_ukrainian_and_english_without_a_missing_text(MailKind kind) {
        for (String language : new String[] {"lv", "uk", "en"}) {
            var mail = composer.compose(mail(kind, language), Instant.parse("2026-05-01T08:00:00Z"));
            assertThat(mail.subject()).contains("Kopienu forums").doesNotContain("!mail.");
            assertThat(mail.text()).doesNotContain("!mail.").contains("https://kopiena.example.lv/my-workshops");
            assertThat(mail.calendar() != null).isEqualTo(kind != MailKind.WAITING && kind != MailKind.REMINDER);
        }
        assertThat(translations.missingKeys()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("accountKinds")
    void every_account_mail_is_written_in_latvian_ukrainian_and_english_without_a_missing_text(MailKind kind) {
        for (String language : new String[] {"lv", "uk", "en"}) {
            var mail = composer.compose(accountMail(kind, language));
            assertThat(mail.subject()).doesNotContain("!mail.").isNotBlank();
            assertThat(mail.text()).doesNotContain("!mail.").doesNotContain("{").contains("Anna Bērziņa")
                    .contains("https://kopiena.example.lv/");
            assertThat(mail.calendar()).isNull();
        }
        assertThat(translations.missingKeys()).isEmpty();
    }

    @Test
    void account_mails_link_the_right_page_with_their_token() {
        assertThat(composer.compose(accountMail(MailKind.ACCOUNT_CONFIRM, "en")).text())
                .contains("https://kopiena.example.lv/register/confirm/" + TOKEN + "\n", "within 48 hours",
                        "Workplace: Preiļu 1. pamatskola", "E-mail: anna@skola.test",
                        "If this was not you, ignore this mail: no account will be created.");
        assertThat(composer.compose(accountMail(MailKind.PASSWORD_RESET, "lv")).text())
                .contains("https://kopiena.example.lv/reset-password/" + TOKEN + "\n", "60 minūšu laikā",
                        "(lietotājvārds: anna@skola.test)");
        assertThat(composer.compose(accountMail(MailKind.ACCOUNT_EXISTS, "uk")).text())
                .contains("https://kopiena.example.lv/login\n", "https://kopiena.example.lv/forgot-password\n",
                        "(ім’я користувача: anna@skola.test)")
                .doesNotContain(TOKEN);
        assertThat(composer.compose(accountMail(MailKind.PASSWORD_CHANGED, "en")).text())
                .contains("was changed on 1 May 2026, 11:00", "https://kopiena.example.lv/forgot-password")
                .doesNotContain(TOKEN);
    }

    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

    private static PendingAccountMail accountMail(MailKind kind, String language) {
        String token = kind == MailKind.ACCOUNT_CONFIRM || kind == MailKind.PASSWORD_RESET ? TOKEN : null;
        String username = kind == MailKind.ACCOUNT_CONFIRM ? null : "anna@skola.test";
        String institution = kind == MailKind.ACCOUNT_CONFIRM ? "Preiļu 1. pamatskola" : null;
        return new PendingAccountMail(7, 0, LocalDateTime.of(2026, 5, 1, 11, 0),
                new AccountMail(kind, "anna@skola.test", "Anna Bērziņa", language, username, institution, token));
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
