package lv.kopiena.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;

/** How dates and hours read on screen, in the reader's language. */
final class CertificateFormats {

    private CertificateFormats() {
    }

    static String date(Component c, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(c)).format(date);
    }

    /** "6 h", "4,5 st." */
    static String hours(Component c, BigDecimal hours) {
        return c.getTranslation("certificate.hours", number(c, hours));
    }

    /** "6", "4,5": hours as the reader writes numbers. */
    static String number(Component c, BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(c));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** The reader's language: the UI's (a component being built is not attached to it yet). */
    static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui == null ? TranslationProvider.LATVIAN : TranslationProvider.supported(ui.getLocale());
    }
}
