package lv.kopiena.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.i18n.TranslationProvider;

/**
 * "Please try again after 15:42 (in 40 minutes)" for a throttled login or form: the time in the
 * application's zone, written the reader's way.
 */
public final class WaitMessage {

    private WaitMessage() {
    }

    /** The text of {@code key}, whose {0} is the time and {1} how long until then. */
    public static String text(Component c, String key, ZonedDateTime until, Clock clock) {
        ZonedDateTime local = until.withZoneSameInstant(clock.getZone());
        long seconds = Math.max(0, Duration.between(clock.instant(), until.toInstant()).getSeconds());
        long minutes = Math.max(1, (seconds + 59) / 60);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(TranslationProvider.supported(locale(c))).format(local);
        return c.getTranslation(key, time, c.getTranslation("login.error.locked.minutes", minutes));
    }

    private static Locale locale(Component c) {
        return c.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(TranslationProvider.LATVIAN);
    }
}
