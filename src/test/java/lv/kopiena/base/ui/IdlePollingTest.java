package lv.kopiena.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.TestClock;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/**
 * A polling page refreshes while the person clicks or types, pauses after the idle period without
 * either (so that the session can time out) and says so, and goes on when Resume is pressed.
 */
class IdlePollingTest extends KaribuTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration IDLE = Duration.ofMinutes(10);

    @Autowired
    IdlePolling configured;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 27, 10, 0));
    private final AtomicInteger refreshes = new AtomicInteger();
    private AutoRefresh refresh;
    private final Div page = new Div();

    @BeforeEach
    void openAPollingPage() {
        refresh = new IdlePolling(clock, IDLE).every(INTERVAL, refreshes::incrementAndGet);
        page.add(refresh);
        UI.getCurrent().add(page);
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private static void press(String type) {
        UI ui = UI.getCurrent();
        ElementUtilsKt._fireDomEvent(ui.getElement(), new DomEvent(ui.getElement(), type, JacksonUtils.createObjectNode()));
    }

    /** Polls every interval for the given time, as the browser does while the page is open. */
    private void pollFor(Duration time) {
        for (Duration passed = Duration.ZERO; passed.compareTo(time) < 0; passed = passed.plus(INTERVAL)) {
            clock.advance(INTERVAL);
            poll();
        }
    }

    @Test
    void a_page_refreshes_at_every_poll_while_the_person_is_active() {
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(5000);
        for (int minute = 0; minute < 30; minute++) {
            pollFor(Duration.ofMinutes(1));
            press(minute % 2 == 0 ? "pointerdown" : "keydown");
        }
        assertThat(refreshes).hasValue(30 * 12);
        assertThat(refresh.isRunning()).isTrue();
        assertThat(refresh.isVisible()).as("no note while it runs").isFalse();
    }

    @Test
    void after_ten_minutes_without_a_click_or_key_the_polling_stops_and_says_so() {
        pollFor(IDLE.minus(INTERVAL));
        int before = refreshes.get();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(5000);

        pollFor(INTERVAL);

        assertThat(refreshes).as("the pausing poll refreshes nothing").hasValue(before);
        assertThat(UI.getCurrent().getPollInterval()).as("the browser stops polling").isEqualTo(-1);
        assertThat(refresh.isRunning()).isFalse();
        assertThat(refresh.isVisible()).isTrue();
        assertThat(refresh.note.getText()).isEqualTo("Automatic refresh paused");
        assertThat(refresh.resume.getText()).isEqualTo("Resume");
        poll();
        assertThat(refreshes).as("a poll still on its way changes nothing").hasValue(before);
    }

    @Test
    void a_press_in_a_modal_dialog_counts_as_activity_too() {
        Dialog dialog = new Dialog();
        dialog.setModal(true);
        dialog.open();
        pollFor(IDLE.minusMinutes(1));
        press("keydown");
        pollFor(IDLE.minusMinutes(1));
        assertThat(refresh.isRunning()).isTrue();
        dialog.close();
    }

    @Test
    void resume_refreshes_at_once_and_polls_again_for_another_idle_period() {
        pollFor(IDLE);
        assertThat(refresh.isRunning()).isFalse();
        int before = refreshes.get();

        _click(refresh.resume);

        assertThat(refreshes).hasValue(before + 1);
        assertThat(refresh.isRunning()).isTrue();
        assertThat(refresh.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(5000);
        pollFor(IDLE.minus(INTERVAL));
        assertThat(refresh.isRunning()).isTrue();
        pollFor(INTERVAL);
        assertThat(refresh.isRunning()).isFalse();
    }

    @Test
    void leaving_the_page_ends_the_polling_and_the_activity_listeners() {
        UI.getCurrent().remove(page);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        poll();
        assertThat(refreshes).hasValue(0);
        assertThat(refresh.isRunning()).isFalse();
    }

    @Test
    void the_note_speaks_latvian_and_ukrainian() {
        switchLanguage(TranslationProvider.LATVIAN);
        AutoRefresh lv = new IdlePolling(clock, IDLE).every(INTERVAL, () -> { });
        assertThat(lv.note.getText()).isEqualTo("Automātiskā atjaunošana apturēta");
        assertThat(lv.resume.getText()).isEqualTo("Atsākt");
        switchLanguage(TranslationProvider.UKRAINIAN);
        AutoRefresh uk = new IdlePolling(clock, IDLE).every(INTERVAL, () -> { });
        assertThat(uk.note.getText()).isEqualTo("Автоматичне оновлення призупинено");
    }

    @Test
    void the_idle_period_is_ten_minutes_unless_configured() {
        assertThat(configured.idleAfter()).isEqualTo(IdlePolling.DEFAULT_IDLE).isEqualTo(Duration.ofMinutes(10));
        MockEnvironment environment = new MockEnvironment().withProperty(IdlePolling.PROPERTY, "3m");
        environment.setConversionService(new org.springframework.boot.convert.ApplicationConversionService());
        assertThat(new IdlePolling(clock, environment).idleAfter()).isEqualTo(Duration.ofMinutes(3));
        assertThatThrownBy(() -> new IdlePolling(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
