package lv.kopiena.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.initiative.InitiativeStatus;
import lv.kopiena.initiative.Period;

/** How initiatives' dates, periods and states read on screen, in the reader's language. */
final class InitiativeFormats {

    private InitiativeFormats() {
    }

    static String date(Component c, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(c)).format(date);
    }

    static String period(Component c, Period period) {
        if (period.end() == null) {
            return c.getTranslation("initiative.period.open", date(c, period.start()));
        }
        return date(c, period.start()) + " – " + date(c, period.end());
    }

    /** The reader's language: the UI's (a component being built is not attached to it yet). */
    private static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui == null ? TranslationProvider.LATVIAN : ui.getLocale();
    }

    static String status(Component c, InitiativeStatus status) {
        return c.getTranslation("initiative.status." + status.name());
    }
}
