package lv.kopiena.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand, in Riga time. */
public final class TestClock extends Clock {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private Instant now;

    public TestClock(LocalDateTime start) {
        this.now = start.atZone(RIGA).toInstant();
    }

    public TestClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Now, in Riga local time (how the database stores times). */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, RIGA);
    }

    @Override
    public ZoneId getZone() {
        return RIGA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
