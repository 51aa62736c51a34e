package lv.kopiena.audit;

import java.util.List;
import java.util.Set;
import org.jooq.Record;
import org.jooq.RecordContext;
import org.jooq.RecordListener;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records every insert, update and delete done through a jOOQ {@code UpdatableRecord} (the forms'
 * way of saving) by a logged-in person, with the changed fields, in the same transaction: a
 * feature gets its trail without writing a line for it. Tables that are themselves records of
 * what happened (sessions, login events, counters, the outbox, tokens) are left out, and so are
 * changes made without a person (demo data, jobs), which record themselves where it matters.
 */
class AuditRecordListener implements RecordListener {

    /** Bookkeeping tables that need no trail of their own. */
    static final Set<String> UNAUDITED = Set.of("audit_event", "login_session", "login_event", "attempt_counter",
            "mail_outbox", "pending_registration", "account_token", "flyway_schema_history");
    private static final String CHANGES = AuditRecordListener.class.getName() + ".changes";

    private final ObjectProvider<AuditLog> audit;

    AuditRecordListener(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    public void insertEnd(RecordContext ctx) {
        audited(ctx).ifPresent(table -> audit.getObject().recordStored(AuditAction.CREATE, table, ctx.record(),
                AuditLog.changes(table, null, ctx.record())));
    }

    @Override
    public void updateStart(RecordContext ctx) {
        // the record's original values are those read before the form changed them
        audited(ctx).ifPresent(table -> ctx.data(CHANGES,
                AuditLog.changes(table, ctx.record().original(), ctx.record())));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void updateEnd(RecordContext ctx) {
        Object changes = ctx.data(CHANGES);
        if (changes instanceof List<?> list && !list.isEmpty()) {
            audited(ctx).ifPresent(table -> audit.getObject().recordStored(AuditAction.UPDATE, table, ctx.record(),
                    (List<FieldChange>) list));
        }
    }

    @Override
    public void deleteEnd(RecordContext ctx) {
        audited(ctx).ifPresent(table -> audit.getObject().recordStored(AuditAction.DELETE, table, ctx.record(), List.of()));
    }

    private java.util.Optional<String> audited(RecordContext ctx) {
        Record record = ctx.record();
        if (!(record instanceof TableRecord<?> tableRecord) || !(record instanceof UpdatableRecord<?>)) {
            return java.util.Optional.empty();
        }
        String table = tableRecord.getTable().getName();
        if (UNAUDITED.contains(table) || !audit.getObject().hasActor()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(table);
    }

    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        DefaultConfigurationCustomizer auditRecordListener(ObjectProvider<AuditLog> audit) {
            AuditRecordListener listener = new AuditRecordListener(audit);
            return configuration -> configuration.set(new org.jooq.impl.DefaultRecordListenerProvider(listener));
        }
    }
}
