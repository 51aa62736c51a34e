package lv.kopiena.mail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.kopiena.i18n.TranslationProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a mail in the recipient's language: for a workshop, subject, plain text and, for a
 * confirmed seat or a cancellation, the calendar entry that adds or drops the workshop; for an
 * account, the text with the link it carries. Texts come from the {@code mail_*} bundles; dates
 * are Riga local time written the way the language writes them. Links point at the public
 * address of the application ({@link #link}).
 */
@Component
class MailComposer {

    static final String CONFIRM_PATH = "/register/confirm/";
    static final String RESET_PATH = "/reset-password/";
    static final String LOGIN_PATH = "/login";
    static final String FORGOT_PATH = "/forgot-password";

    private final TranslationProvider translations;
    private final MailSettings settings;

    MailComposer(TranslationProvider translations, MailSettings settings) {
        this.translations = translations;
        this.settings = settings;
    }

    /** A mail ready to send; {@code calendar} is null for mails that carry none. */
    record ComposedMail(String subject, String text, WorkshopCalendar.@Nullable File calendar) {
    }

    ComposedMail compose(PendingMail mail, Instant now) {
        Locale locale = TranslationProvider.supported(Locale.forLanguageTag(mail.preferredLocale()));
        String kind = key(mail.kind());
        String when = when(mail, locale);
        String subject = tr(locale, "mail." + kind + ".subject", mail.title(), when);

        List<String> text = new ArrayList<>();
        text.add(tr(locale, "mail.greeting", mail.displayName()));
        text.add("");
        text.add(tr(locale, "mail." + kind + ".intro"));
        if (mail.kind() == MailKind.WAITING && mail.waitingPosition() > 0) {
            text.add(tr(locale, "mail.waiting.position", mail.waitingPosition()));
        }
        if (mail.kind() == MailKind.WORKSHOP_CANCELLED && hasText(mail.cancelReason())) {
            text.add(tr(locale, "mail.workshop-cancelled.reason", mail.cancelReason()));
        }
        text.add("");
        text.addAll(details(mail, locale, when));

        WorkshopCalendar.File calendar = null;
        if (carriesCalendar(mail.kind()) || cancelsCalendar(mail.kind())) {
            boolean cancel = cancelsCalendar(mail.kind());
            calendar = WorkshopCalendar.create(mail, cancel, settings.from(), calendarDescription(mail, locale),
                    Clock.fixed(now, WorkshopCalendar.RIGA));
            text.add("");
            text.add(tr(locale, cancel ? "mail.calendar.remove" : "mail.calendar.add", WorkshopCalendar.FILE_NAME));
        }
        text.add("");
        text.add(tr(locale, "mail.footer.my-workshops", settings.myWorkshopsUrl()));
        text.add("");
        text.add(tr(locale, "mail.footer.automatic"));
        text.add(tr(locale, "mail.footer.signature", mail.centreName()));
        return new ComposedMail(subject, String.join("\n", text) + "\n", calendar);
    }

    /** An account mail: plain text with at most one link, signed by Kopiena itself (no centre is involved). */
    ComposedMail compose(PendingAccountMail pending) {
        AccountMail mail = pending.mail();
        Locale locale = TranslationProvider.supported(Locale.forLanguageTag(mail.locale()));
        String kind = key(mail.kind());
        List<String> text = new ArrayList<>();
        text.add(tr(locale, "mail.greeting", mail.name()));
        text.add("");
        switch (mail.kind()) {
            case ACCOUNT_CONFIRM -> {
                text.add(tr(locale, "mail.account-confirm.intro"));
                text.add(tr(locale, "mail.account-confirm.name", mail.name()));
                text.add(tr(locale, "mail.account-confirm.email", mail.email()));
                if (hasText(mail.institution())) {
                    text.add(tr(locale, "mail.account-confirm.institution", mail.institution()));
                }
                text.add("");
                text.add(tr(locale, "mail.account-confirm.action", AccountMail.REGISTRATION_LINK_VALID.toHours()));
                text.add(link(CONFIRM_PATH + mail.token()));
                text.add("");
                text.add(tr(locale, "mail.account-confirm.not-you"));
            }
            case ACCOUNT_EXISTS -> {
                text.add(tr(locale, "mail.account-exists.intro", mail.username()));
                text.add("");
                text.add(tr(locale, "mail.account-exists.login", link(LOGIN_PATH)));
                text.add(tr(locale, "mail.account-exists.reset", link(FORGOT_PATH)));
                text.add("");
                text.add(tr(locale, "mail.account-exists.not-you"));
            }
            case PASSWORD_RESET -> {
                text.add(tr(locale, "mail.password-reset.intro", mail.username()));
                text.add("");
                text.add(tr(locale, "mail.password-reset.action", AccountMail.RESET_LINK_VALID.toMinutes()));
                text.add(link(RESET_PATH + mail.token()));
                text.add("");
                text.add(tr(locale, "mail.password-reset.not-you"));
            }
            case PASSWORD_CHANGED -> {
                DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale);
                text.add(tr(locale, "mail.password-changed.intro", mail.username(), format.format(pending.queuedAt())));
                text.add("");
                text.add(tr(locale, "mail.password-changed.not-you", link(FORGOT_PATH)));
            }
            default -> throw new IllegalArgumentException(mail.kind() + " is not an account mail");
        }
        text.add("");
        text.add(tr(locale, "mail.footer.automatic"));
        text.add(tr(locale, "mail.account.signature"));
        return new ComposedMail(tr(locale, "mail." + kind + ".subject"), String.join("\n", text) + "\n", null);
    }

    /**
     * An address of the application as people reach it. The only use of the public URL for account
     * mails; the paths are the routes of the registration and password views.
     */
    private String link(String path) {
        return settings.publicUrl() + path;
    }

    static boolean carriesCalendar(MailKind kind) {
        return kind == MailKind.CONFIRMED || kind == MailKind.PROMOTED;
    }

    static boolean cancelsCalendar(MailKind kind) {
        return kind == MailKind.WORKSHOP_CANCELLED || kind == MailKind.SIGNUP_CANCELLED || kind == MailKind.REMOVED;
    }

    /** The key part of a kind: WORKSHOP_CANCELLED -> workshop-cancelled. */
    static String key(MailKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private List<String> details(PendingMail mail, Locale locale, String when) {
        List<String> lines = new ArrayList<>();
        lines.add(tr(locale, "mail.detail.workshop", mail.title()));
        lines.add(tr(locale, "mail.detail.when", when));
        if (hasText(mail.place())) {
            lines.add(tr(locale, "mail.detail.place", mail.place()));
        }
        if (hasText(mail.onlineLink())) {
            lines.add(tr(locale, "mail.detail.online", mail.onlineLink()));
        }
        if (mail.pdHours().signum() > 0) {
            lines.add(tr(locale, "mail.detail.hours", hours(mail.pdHours())));
        }
        lines.add(tr(locale, "mail.detail.language", tr(locale, "mail.language." + mail.language())));
        lines.add(tr(locale, "mail.detail.centre", mail.centreName()));
        String contact = Stream.of(mail.centreEmail(), mail.centrePhone())
                .filter(MailComposer::hasText)
                .collect(Collectors.joining(", "));
        if (!contact.isEmpty()) {
            lines.add(tr(locale, "mail.detail.contact", contact));
        }
        return lines;
    }

    /** The calendar entry's description: who runs it, the hours it earns, how to reach them. */
    private String calendarDescription(PendingMail mail, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(tr(locale, "mail.detail.centre", mail.centreName()));
        if (mail.pdHours().signum() > 0) {
            lines.add(tr(locale, "mail.detail.hours", hours(mail.pdHours())));
        }
        if (hasText(mail.onlineLink())) {
            lines.add(tr(locale, "mail.detail.online", mail.onlineLink()));
        }
        lines.add(tr(locale, "mail.footer.my-workshops", settings.myWorkshopsUrl()));
        return String.join("\n", lines);
    }

    /** "Thursday, 14 May 2026, 10:00–12:00" in the recipient's language; no end shown when none is set. */
    static String when(PendingMail mail, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        LocalDateTime start = mail.startsAt();
        LocalDateTime end = mail.endsAt();
        String text = date.format(start) + ", " + time.format(start);
        if (end == null) {
            return text;
        }
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return text + "–" + time.format(end);
        }
        return text + " – " + date.format(end) + ", " + time.format(end);
    }

    private static BigDecimal hours(BigDecimal hours) {
        return hours.stripTrailingZeros();
    }

    private String tr(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
