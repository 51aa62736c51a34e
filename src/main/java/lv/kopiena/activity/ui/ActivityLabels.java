package lv.kopiena.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
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

    /** Month and weekday names of the date pickers in the reader's language (from the JDK's locale data). */
    static DatePicker.DatePickerI18n datePickerI18n(Component c) {
        Locale locale = locale();
        List<String> months = Arrays.stream(Month.values())
                .map(m -> capitalise(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList();
        // the picker wants Sunday first
        List<DayOfWeek> days = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(days.stream().map(d -> capitalise(d.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdaysShort(days.stream().map(d -> capitalise(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(c.getTranslation("activity.date.today"))
                .setCancel(c.getTranslation("action.cancel"));
    }

    /** The reader's locale (the UI's), also before a component is attached. */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.LATVIAN : ui.getLocale();
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
