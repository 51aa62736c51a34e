package lv.kopiena.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the application logs in the test's own thread while it is open (other threads, such as the
 * embedded database's output, are left out): {@code try (LogCapture log = LogCapture.start()) {...}}.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final String thread = Thread.currentThread().getName();

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /**
     * The lines logged at the given level or above, as "LEVEL logger: message", each followed by
     * the logged exception and its causes ("class: message" lines) as a log file would show them.
     */
    public List<String> atLeast(Level level) {
        return appender.list.stream()
                .filter(e -> thread.equals(e.getThreadName()) && e.getLevel().isGreaterOrEqual(level))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage() + throwable(e.getThrowableProxy()))
                .toList();
    }

    private static String throwable(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            text.append('\n').append(p.getClassName()).append(": ").append(p.getMessage());
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
