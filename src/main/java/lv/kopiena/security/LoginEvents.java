package lv.kopiena.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every login attempt: in the login_event table with the user name as typed, the account
 * (when the name is one), the address and the time, for admins to read; and in the application
 * log with the account id and the address only, since user names are often e-mail addresses and
 * a mistyped name is sometimes a password. The password itself is never recorded anywhere. Written
 * in a transaction of its own, so a failing login cannot roll its record back.
 */
@Component
class LoginEvents {

    /** What happened. Stored in login_event.outcome. */
    enum Outcome {
        /** Logged in. */
        SUCCESS,
        /** Wrong password or unknown user name. */
        FAILURE,
        /** This attempt passed the limit: the user name or the address is locked from now on. */
        LOCKED_OUT,
        /** Refused without checking the password, because the name or address is locked. */
        REFUSED,
        /** Right password, but the account is disabled. */
        DISABLED
    }

    private static final Logger log = LoggerFactory.getLogger("lv.kopiena.security.login");
    private static final int USERNAME_MAX = 254;

    private final LoginEventRepository events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final AuditLog audit;

    LoginEvents(LoginEventRepository events, Clock clock, PlatformTransactionManager transactions, AuditLog audit) {
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(Outcome outcome, String username, @Nullable Long accountId, String address,
                @Nullable ZonedDateTime lockedUntil) {
        String name = username.length() <= USERNAME_MAX ? username : username.substring(0, USERNAME_MAX);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime until = lockedUntil == null ? null : lockedUntil.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        ownTransaction.executeWithoutResult(status -> {
            events.insert(now, outcome.name(), name, accountId, address, until);
            // the audit trail names the account only: a mistyped user name is sometimes a password
            audit.recordLogin(switch (outcome) {
                case SUCCESS -> AuditAction.LOGIN;
                case FAILURE -> AuditAction.LOGIN_FAILED;
                case LOCKED_OUT -> AuditAction.LOCKED_OUT;
                case REFUSED, DISABLED -> AuditAction.LOGIN_REFUSED;
            }, accountId, address, switch (outcome) {
                case SUCCESS, FAILURE -> accountId == null ? "unknown user name" : null;
                case LOCKED_OUT, REFUSED -> "locked until " + until;
                case DISABLED -> "account disabled";
            });
        });
        String who = accountId == null ? "an unknown user name" : "account " + accountId;
        switch (outcome) {
            case SUCCESS -> log.info("Login of {} from {}", who, address);
            case FAILURE -> log.warn("Failed login for {} from {}", who, address);
            case LOCKED_OUT -> log.warn("Lock-out after repeated failed logins for {} from {}, until {}", who, address, until);
            case REFUSED -> log.warn("Login for {} from {} refused: locked until {}", who, address, until);
            case DISABLED -> log.warn("Login of disabled {} from {} refused", who, address);
        }
    }
}
