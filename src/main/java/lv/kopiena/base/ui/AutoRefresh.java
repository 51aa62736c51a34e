package lv.kopiena.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's automatic refresh (made by {@link IdlePolling}): while attached it polls every few
 * seconds and runs the page's refresh, as long as the person clicked or typed somewhere in the page
 * within the idle period. The first poll after that period pauses it, and this component shows
 * "Automatic refresh paused" with a Resume button; it is hidden while the refresh runs.
 *
 * <p>Activity is a pointer or key press anywhere in the browser tab, dialogs included. The browser
 * reports it at most once per {@link #ACTIVITY_REPORT_MS}, so typing does not cost a request per
 * key; the idle period is minutes, so that coarse grain is enough.
 */
public class AutoRefresh extends HorizontalLayout {

    /** The browser reports activity at most this often (milliseconds). */
    static final int ACTIVITY_REPORT_MS = 30_000;

    private final Clock clock;
    private final int intervalMillis;
    private final Duration idleAfter;
    private final Runnable refresh;

    final Span note = new Span();
    final Button resume = new Button();

    private Instant lastActivity;
    private boolean running;
    private final List<Registration> registrations = new ArrayList<>();
    private Registration pollRegistration = () -> { };

    AutoRefresh(Clock clock, Duration interval, Duration idleAfter, Runnable refresh) {
        this.clock = clock;
        this.intervalMillis = Math.toIntExact(interval.toMillis());
        this.idleAfter = idleAfter;
        this.refresh = refresh;
        this.lastActivity = clock.instant();
        addClassName("auto-refresh");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        note.setText(getTranslation("refresh.paused"));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        // announced by screen readers when it appears
        note.getElement().setAttribute("role", "status");
        resume.setText(getTranslation("refresh.resume"));
        resume.setIcon(VaadinIcon.REFRESH.create());
        resume.addThemeVariants(ButtonVariant.LUMO_SMALL);
        resume.addClickListener(e -> getUI().ifPresent(ui -> {
            touched();
            start(ui);
            refresh.run();
        }));
        add(note, resume);
        setVisible(false);
    }

    /** Whether the page is being refreshed now (false while paused or detached). */
    public boolean isRunning() {
        return running;
    }

    /** Stops the refresh for good (e.g. the record is gone); nothing is shown. */
    public void stop() {
        getUI().ifPresent(this::stopPolling);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // any press in the tab counts, also in a modal dialog (which makes the rest of the UI inert)
        for (String type : List.of("pointerdown", "keydown")) {
            registrations.add(ui.getElement().addEventListener(type, e -> touched())
                    .throttle(ACTIVITY_REPORT_MS).allowInert());
        }
        touched();
        start(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        registrations.forEach(Registration::remove);
        registrations.clear();
        super.onDetach(event);
    }

    private void touched() {
        lastActivity = clock.instant();
    }

    private void start(UI ui) {
        pollRegistration.remove();
        pollRegistration = ui.addPollListener(e -> poll(e.getSource()));
        ui.setPollInterval(intervalMillis);
        running = true;
        setVisible(false);
    }

    private void poll(UI ui) {
        if (!running) {
            return;
        }
        if (Duration.between(lastActivity, clock.instant()).compareTo(idleAfter) >= 0) {
            stopPolling(ui);
            setVisible(true);
            return;
        }
        refresh.run();
    }

    private void stopPolling(UI ui) {
        running = false;
        pollRegistration.remove();
        pollRegistration = () -> { };
        ui.setPollInterval(-1);
    }
}
