package lv.kopiena.base.ui;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Automatic refresh that stops when nobody is there. A page that polls the server keeps the
 * session busy: with idle sessions closing after 30 minutes, a tab left open on a polling page
 * would otherwise never time out. Every polling view takes its {@link AutoRefresh} from here: it
 * polls while the person clicks or types in the page and pauses after {@code kopiena.session.poll-idle}
 * (default 10 minutes) without either, until the person presses Resume.
 */
@Component
public class IdlePolling {

    /** The property that sets the idle period, e.g. {@code kopiena.session.poll-idle=5m}. */
    public static final String PROPERTY = "kopiena.session.poll-idle";
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration idleAfter;

    @Autowired
    IdlePolling(Clock clock, Environment environment) {
        this(clock, environment.getProperty(PROPERTY, Duration.class, DEFAULT_IDLE));
    }

    /** @param idleAfter how long without a click or key press before the refresh pauses */
    public IdlePolling(Clock clock, Duration idleAfter) {
        if (idleAfter.isNegative() || idleAfter.isZero()) {
            throw new IllegalArgumentException(PROPERTY + " must be positive, not " + idleAfter);
        }
        this.clock = clock;
        this.idleAfter = idleAfter;
    }

    public Duration idleAfter() {
        return idleAfter;
    }

    /**
     * A refresh of the page every {@code interval} while the person is active. Add the returned
     * component to the view where its note should appear: it polls while attached, and it is
     * visible only while the refresh is paused.
     */
    public AutoRefresh every(Duration interval, Runnable refresh) {
        return new AutoRefresh(clock, interval, idleAfter, refresh);
    }
}
