package lv.kopiena.educator.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import lv.kopiena.educator.MySignup;
import lv.kopiena.educator.WorkshopCard;
import org.jspecify.annotations.Nullable;

/** How workshops and sign-ups read on screen, in the reader's language. */
final class EducatorLabels {

    /** The languages a workshop may be held in (the database allows these). */
    static final java.util.List<String> WORKSHOP_LANGUAGES = java.util.List.of("lv", "uk", "en", "ru", "ltg");

    private EducatorLabels() {
    }

    /** The reader's language (a component's own getLocale is not public). */
    static java.util.Locale locale(Component c) {
        return c.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(lv.kopiena.i18n.TranslationProvider.LATVIAN);
    }

    /**
     * The online link as a link target only when it is a web address: a coordinator types it, and
     * a "javascript:" address must never become a clickable link.
     */
    static java.util.Optional<String> webLink(@Nullable String link) {
        if (link == null) {
            return java.util.Optional.empty();
        }
        String lower = link.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://")
                ? java.util.Optional.of(link.trim()) : java.util.Optional.empty();
    }

    static String workshopLanguage(Component c, String code) {
        return c.getTranslation("educator.workshop-language." + code);
    }

    /** "12 Mar 2026, 10:00 – 13:00", or with the end date when it ends on another day. */
    static String when(Component c, LocalDateTime start, @Nullable LocalDateTime end) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(c));
        if (end == null) {
            return dateTime.format(start);
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale(c));
        return dateTime.format(start) + " – "
                + (end.toLocalDate().equals(start.toLocalDate()) ? time.format(end) : dateTime.format(end));
    }

    static String dateTime(Component c, LocalDateTime at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale(c))
                .format(at);
    }

    static String place(Component c, WorkshopCard w) {
        if (w.place() != null && w.online()) {
            return w.place() + " · " + c.getTranslation("educator.online");
        }
        if (w.place() != null) {
            return w.place();
        }
        return w.online() ? c.getTranslation("educator.online") : "–";
    }

    static String centre(WorkshopCard w) {
        return w.centreName() + " · " + w.municipalityName();
    }

    static String hours(Component c, BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(c));
        format.setMaximumFractionDigits(1);
        return c.getTranslation("educator.hours", format.format(hours));
    }

    /** "5 seats left", "Full: waiting list" or "Full". */
    static String seats(Component c, WorkshopCard w) {
        if (!w.full()) {
            return c.getTranslation("educator.seats.left", w.seatsLeft());
        }
        return c.getTranslation(w.waitingList() ? "educator.seats.full-waiting" : "educator.seats.full");
    }

    static String signupState(Component c, WorkshopCard w) {
        return c.getTranslation(w.signupState().translationKey());
    }

    /** Where the educator stands: the workshop's cancellation and attendance say more than the seat. */
    static String status(Component c, MySignup s) {
        if (s.workshopCancelled()) {
            return s.cancelReason() == null || s.cancelReason().isBlank()
                    ? c.getTranslation("educator.status.workshop-cancelled")
                    : c.getTranslation("educator.status.workshop-cancelled-because", s.cancelReason());
        }
        if (s.attended()) {
            return c.getTranslation("educator.status.attended");
        }
        return switch (s.status()) {
            case CONFIRMED -> c.getTranslation("educator.status.confirmed");
            case WAITING -> c.getTranslation("educator.status.waiting", s.waitingPosition());
            case CANCELLED -> c.getTranslation("educator.status.cancelled");
            case REMOVED -> c.getTranslation("educator.status.removed");
        };
    }
}
