package lv.kopiena.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Month and weekday names of the report's date pickers in the reader's language (the JDK's locale data). */
final class ReportLabels {

    private ReportLabels() {
    }

    static DatePicker.DatePickerI18n datePickerI18n(Component c, Locale locale) {
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
                .setToday(c.getTranslation("report.ui.date.today"))
                .setCancel(c.getTranslation("action.cancel"));
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
