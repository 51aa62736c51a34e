package lv.kopiena.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.activity.ParticipantCategory;
import lv.kopiena.i18n.TranslationProvider;
import org.jspecify.annotations.Nullable;

/** How activity values are shown: translated types and categories, dates in the reader's locale. */
final class ActivityLabels {

    private ActivityLabels() {
    }

    static String type(Component c, @Nullable ActivityType type) {
        return type == null ? "" : c.getTranslation("activity.type." + type.name());
    }

    static String category(Component c, @Nullable ParticipantCategory category) {
        return category == null ? "" : c.getTranslation("activity.category." + category.name());
    }

    /** "12 Mar 2025, 10:00" / "2025. gada 12. marts 10:00" as the locale writes it. */
    static String dateTime(Component c, @Nullable LocalDateTime value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(value);
    }

    /**
     * A compact date and time for list columns, in the locale's order with a four-digit year:
     * "26.09.2026 10:00" (lv, uk), "26/09/2026 10:00" (en-GB).
     */
    static String dateTimeShort(@Nullable LocalDateTime value) {
        if (value == null) {
            return "";
        }
        Locale locale = locale();
        String date = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("\\by+\\b", "yyyy").replaceAll("\\.$", "");
        String time = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(date + " " + time, locale).format(value);
    }

    /** The start and, when given, the end ("… – 12:00" on the same day). */
    static String period(Component c, LocalDateTime start, @Nullable LocalDateTime end) {
        if (end == null) {
            return dateTime(c, start);
        }
        String endText = end.toLocalDate().equals(start.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(end)
                : dateTime(c, end);
        return dateTime(c, start) + " – " + endText;
    }

    /** The reader's locale (the UI's), also before a component is attached. */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.LATVIAN : ui.getLocale();
    }

}
