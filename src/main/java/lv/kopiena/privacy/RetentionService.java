package lv.kopiena.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each centre's retention rule: participants without any activity for a number of years are
 * erased (anonymised like an erasure on request, so the reports keep their counts), and people
 * registered as minors lose their e-mail and phone once they are 18. A coordinator edits and runs
 * its own centre's rule, an admin any centre's. The dry run lists who the rule would act on now,
 * by name, before anything happens; the rule runs every night for the centres that enabled it
 * ({@link RetentionJob}) and on demand. Every person it erases or trims is one audit entry
 * (RETENTION_ERASE, ids and the reason only).
 */
@Service
@Transactional(readOnly = true)
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    static final String REASON_INACTIVE = "inactive";
    static final String REASON_CONTACT = "contact-at-18";

    private final RetentionRepository repository;
    private final PrivacyRepository people;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    RetentionService(RetentionRepository repository, PrivacyRepository people, CurrentUser currentUser, AuditLog audit,
                     Clock clock) {
        this.repository = repository;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The centre's rule, or the defaults (off) when it never saved one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public RetentionRule rule(long centreId) {
        currentUser.checkCentre(centreId);
        return repository.find(centreId).orElse(RetentionRule.defaults(centreId));
    }

    /**
     * Saves the rule as edited from the version read.
     *
     * @throws ValidationException     {@code privacy.retention.error.years} outside 1-50
     * @throws ConcurrentEditException when someone else saved the rule meanwhile
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public RetentionRule save(RetentionRule rule) {
        currentUser.checkCentre(rule.centreId());
        if (rule.inactiveYears() < RetentionRule.MIN_YEARS || rule.inactiveYears() > RetentionRule.MAX_YEARS) {
            throw new ValidationException("privacy.retention.error.years", RetentionRule.MIN_YEARS,
                    RetentionRule.MAX_YEARS);
        }
        boolean saved = rule.version() == null ? repository.insert(rule) : repository.update(rule, rule.version());
        if (!saved) {
            throw new ConcurrentEditException("retention rule " + rule.centreId(), null);
        }
        audit.record(rule.version() == null ? AuditAction.CREATE : AuditAction.UPDATE, "retention_rule",
                rule.centreId(), rule.centreId(), "enabled=" + rule.enabled() + ", inactive_years="
                        + rule.inactiveYears() + ", minors_contact_at_18=" + rule.minorsContactAt18());
        return repository.find(rule.centreId()).orElseThrow();
    }

    /** The dry run: a page of the people the saved rule would act on now, and why. Changes nothing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<RetentionCandidate> dryRun(long centreId, int offset, int limit) {
        RetentionRule rule = rule(centreId);
        return repository.candidates(rule, now(), Math.max(offset, 0), Math.clamp(limit, 0, 500));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int dryRunCount(long centreId) {
        return repository.count(rule(centreId), now());
    }

    /** Applies the centre's saved rule now, at the caller's request (after the dry run), enabled or not. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public RetentionOutcome applyNow(long centreId) {
        RetentionOutcome outcome = apply(rule(centreId), false);
        log.info("Retention rule of centre {} applied by account {}: {} erased, {} contacts removed", centreId,
                currentUser.require().id(), outcome.erased(), outcome.contactsRemoved());
        return outcome;
    }

    /** The enabled rules, for the nightly job (no user). */
    List<RetentionRule> enabledRules() {
        return repository.enabled();
    }

    /** Applies a rule inside the caller's transaction; {@code bySystem} for the nightly job. */
    @Transactional
    RetentionOutcome apply(RetentionRule rule, boolean bySystem) {
        LocalDateTime now = now();
        int erased = 0;
        for (long id : repository.inactiveIds(rule, now)) {
            if (people.eraseParticipant(id, now, false)) {
                record(bySystem, id, rule.centreId(), REASON_INACTIVE + ", years=" + rule.inactiveYears());
                erased++;
            }
        }
        int trimmed = 0;
        for (long id : repository.adultContactIds(rule, now)) {
            if (people.eraseContact(id)) {
                record(bySystem, id, rule.centreId(), REASON_CONTACT);
                trimmed++;
            }
        }
        return new RetentionOutcome(erased, trimmed);
    }

    private void record(boolean bySystem, long participantId, long centreId, String detail) {
        if (bySystem) {
            audit.recordBySystem(AuditAction.RETENTION_ERASE, "participant", participantId, centreId, detail);
        } else {
            audit.record(AuditAction.RETENTION_ERASE, "participant", participantId, centreId, detail);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
