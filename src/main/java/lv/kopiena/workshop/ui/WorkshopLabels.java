package lv.kopiena.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.workshop.SignupRow;
import lv.kopiena.workshop.SignupStatus;
import lv.kopiena.workshop.WorkshopLanguage;
import lv.kopiena.workshop.WorkshopStatus;
import org.jspecify.annotations.Nullable;

/** How workshop values are shown: translated statuses and languages, dates and hours in the reader's locale. */
final class WorkshopLabels {

    private WorkshopLabels() {
    }

    static String status(Component c, WorkshopStatus status) {
        return c.getTranslation("workshop.status." + status.name());
    }

    static String signupStatus(Component c, SignupRow row) {
        if (row.status() == SignupStatus.WAITING) {
            return c.getTranslation("workshop.signup.waiting-at", row.waitingPosition());
        }
        return c.getTranslation("workshop.signup.status." + row.status().name());
    }

    static String language(Component c, @Nullable String code) {
        return WorkshopLanguage.of(code == null ? "" : code)
                .map(l -> language(c, l))
                .orElse(code == null ? "" : code);
    }

    static String language(Component c, WorkshopLanguage language) {
        return c.getTranslation("workshop.language." + language.code());
    }

    static String dateTime(@Nullable LocalDateTime value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(value);
    }

    static String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.ENGLISH : ui.getLocale();
    }
}
