package lv.kopiena.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;

/**
 * Date pickers that speak the reader's language: month and weekday names from the JDK's locale
 * data, and dates typed the way people type them. In Latvian and Ukrainian that is 10.03.2026 or
 * 10.3.2026 (the browser's own Latvian format wants a final dot, 10.03.2026., which nobody types,
 * and refused everything else without a word); in English (British) 10/03/2026; ISO 2026-03-10 in
 * every language. What cannot be read as a date is said so, with an example.
 */
public final class DatePickers {

    /** The picker wants Sunday first. */
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    /** The texts of a date picker in the UI's language (Latvian before there is a UI). */
    public static DatePicker.DatePickerI18n i18n(Component c) {
        UI ui = UI.getCurrent();
        return i18n(c, ui == null ? TranslationProvider.LATVIAN : ui.getLocale());
    }

    /** The texts of a date picker in the given language (e.g. the one a locale change brings). */
    public static DatePicker.DatePickerI18n i18n(Component c, Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalise(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(DAYS.stream()
                        .map(d -> capitalise(d.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdaysShort(DAYS.stream()
                        .map(d -> capitalise(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormats(formats(locale).getFirst(), formats(locale).subList(1, formats(locale).size())
                        .toArray(String[]::new))
                .setBadInputErrorMessage(c.getTranslation(locale, "date.bad-input", example(locale)))
                .setToday(c.getTranslation(locale, "date.today"))
                .setCancel(c.getTranslation(locale, "action.cancel"));
    }

    /**
     * A from/to pair of filter fields: the reader's language, a clear button each, and neither end
     * can be chosen past the other.
     */
    public static void range(Component owner, DatePicker from, DatePicker to) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? TranslationProvider.LATVIAN : ui.getLocale();
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setI18n(i18n(owner));
            picker.setClearButtonVisible(true);
            picker.setWidth("10rem");
        }
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
    }

    /** The formats a date is read in, the one it is shown in first. */
    static List<String> formats(Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return List.of("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
        }
        return List.of("dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy.", "d.M.yyyy.", "yyyy-MM-dd");
    }

    /** An example of the shown format, for the message about a date that cannot be read. */
    static String example(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "10/03/2026" : "10.03.2026";
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
