package lv.kopiena.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused {@code kopiena.public-url} into Spring Boot's "APPLICATION FAILED TO START"
 * report with what to set, instead of a stack trace in which the reason is easy to miss.
 */
public class PublicUrlFailureAnalyzer extends AbstractFailureAnalyzer<PublicUrl.InvalidPublicUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublicUrl.InvalidPublicUrlException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set KOPIENA_PUBLIC_URL (or kopiena.public-url) to the https:// address of this installation, "
                        + "e.g. KOPIENA_PUBLIC_URL=https://kopiena.example.lv. Only the embedded demo database "
                        + "(no SPRING_DATASOURCE_URL) runs without it, on " + PublicUrl.DEMO_DEFAULT + ".",
                cause);
    }
}
