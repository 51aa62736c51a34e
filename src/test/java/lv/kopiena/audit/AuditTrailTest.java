package lv.kopiena.audit;

import static lv.kopiena.jooq.Tables.AUDIT_EVENT;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import lv.kopiena.IntegrationTest;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import lv.kopiena.participant.ParticipantService;
import lv.kopiena.security.KopienaUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditChain chain;
    @Autowired
    InstitutionService institutions;
    @Autowired
    ParticipantService participants;
    @Autowired
    DSLContext dsl;

    private long institution(String name) {
        return dsl.select(INSTITUTION.ID).from(INSTITUTION).where(INSTITUTION.NAME.eq(name)).fetchSingle(INSTITUTION.ID);
    }

    private List<AuditEntry> entriesFor(String type, long id) {
        return audit.list(new AuditFilter(null, type, id, null, null, null), 0, 100);
    }

    @Test
    void a_coordinator_renaming_a_shared_institution_is_in_the_trail_with_old_and_new_name() {
        KopienaUser coordinator = login("coordinator");
        long id = institution("Preiļu galvenā bibliotēka");
        InstitutionRecord record = institutions.get(id);
        record.setName("Preiļu novada galvenā bibliotēka");
        institutions.save(record);

        login("admin");
        List<AuditEntry> entries = entriesFor("institution", id);
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.actorId()).isEqualTo(coordinator.id());
        assertThat(entry.actorRole()).isEqualTo("COORDINATOR");
        assertThat(entry.actorName()).contains("coordinator");
        assertThat(entry.changes()).containsExactly(
                FieldChange.of("name", "Preiļu galvenā bibliotēka", "Preiļu novada galvenā bibliotēka"));
        // the coordinators of other centres see changes to the shared list too
        login("coordinator-ludza");
        assertThat(entriesFor("institution", id)).hasSize(1);
    }

    @Test
    void personal_fields_are_recorded_as_changed_without_their_values() {
        login("coordinator");
        ParticipantRecord participant = dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.CENTRE_ID.eq(
                login("coordinator").centreId())).orderBy(PARTICIPANT.ID).limit(1).fetchSingle();
        ParticipantRecord edited = participants.get(participant.getId());
        String oldName = edited.getLastName();
        edited.setLastName("Zvaigznīte");
        edited.setCategory("SENIOR".equals(edited.getCategory()) ? "PARENT" : "SENIOR");
        participants.save(edited);

        AuditEntry entry = entriesFor("participant", participant.getId()).getFirst();
        assertThat(entry.changes()).contains(FieldChange.hidden("last_name"));
        assertThat(entry.changes()).anyMatch(c -> c.field().equals("category") && !c.hidden());
        String stored = dsl.select(AUDIT_EVENT.CHANGES).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(entry.id()))
                .fetchSingle(AUDIT_EVENT.CHANGES);
        assertThat(stored).doesNotContain("Zvaigznīte").doesNotContain(oldName);
    }

    @Test
    void deleting_is_recorded_and_a_change_that_fails_leaves_no_entry() {
        login("admin");
        InstitutionRecord fresh = institutions.newInstitution();
        fresh.setName("Rēzeknes tehnoloģiju akadēmija (tests)");
        fresh.setType("NGO");
        fresh.setMunicipalityId(dsl.select(INSTITUTION.MUNICIPALITY_ID).from(INSTITUTION).limit(1).fetchSingle(INSTITUTION.MUNICIPALITY_ID));
        long id = institutions.save(fresh).getId();
        institutions.delete(id);
        assertThat(entriesFor("institution", id)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);

        int before = dsl.fetchCount(AUDIT_EVENT);
        InstitutionRecord invalid = institutions.get(institution("Preiļu galvenā bibliotēka"));
        invalid.setName("   ");
        assertThatThrownBy(() -> institutions.save(invalid)).isInstanceOf(lv.kopiena.base.ValidationException.class);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(before);
    }

    @Test
    void a_coordinator_sees_its_centres_entries_but_not_another_centres() {
        login("coordinator");
        ParticipantRecord own = participants.get(dsl.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.CENTRE_ID.eq(login("coordinator").centreId())).limit(1).fetchSingle(PARTICIPANT.ID));
        own.setNotes("Pārbaude");
        participants.save(own);
        assertThat(entriesFor("participant", own.getId())).hasSize(1);

        login("coordinator-ludza");
        assertThat(entriesFor("participant", own.getId())).isEmpty();
        login("admin");
        assertThat(entriesFor("participant", own.getId())).hasSize(1);
    }

    @Test
    void educators_and_funders_cannot_read_the_trail_and_only_admins_check_the_chain() {
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> audit.list(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
        }
        login("coordinator");
        assertThatThrownBy(() -> audit.checkChain()).isInstanceOf(AccessDeniedException.class);
        logout();
        assertThatThrownBy(() -> audit.recordTypes()).isInstanceOf(Exception.class);
    }

    @Test
    void changing_or_removing_a_sealed_entry_breaks_the_chain_where_it_happened() {
        login("admin");
        long id = institution("Preiļu galvenā bibliotēka");
        for (String name : List.of("Bibliotēka A", "Bibliotēka B", "Bibliotēka C", "Bibliotēka D")) {
            InstitutionRecord record = institutions.get(id);
            record.setName(name);
            institutions.save(record);
        }
        chain.seal();
        ChainCheck intact = chain.check();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.checked()).isGreaterThanOrEqualTo(4);
        assertThat(intact.unsealed()).isZero();

        List<Long> ids = entriesFor("institution", id).stream().map(AuditEntry::id).sorted().toList();
        // someone with database access rewrites who did it
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, "[]").where(AUDIT_EVENT.ID.eq(ids.get(1))).execute();
        assertThat(chain.check().brokenAt()).isEqualTo(ids.get(1));

        // removing an entry from the middle shows at the next one
        dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(ids.get(1))).execute();
        assertThat(chain.check().brokenAt()).isEqualTo(ids.get(2));
    }

    @Test
    void retention_removes_only_old_entries_from_the_start_of_the_chain() {
        login("admin");
        long id = institution("Preiļu galvenā bibliotēka");
        for (String name : List.of("Bibliotēka A", "Bibliotēka B", "Bibliotēka C")) {
            InstitutionRecord record = institutions.get(id);
            record.setName(name);
            institutions.save(record);
        }
        chain.seal();
        List<Long> ids = entriesFor("institution", id).stream().map(AuditEntry::id).sorted().toList();
        // the first two were written six years ago
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now().minusYears(6))
                .where(AUDIT_EVENT.ID.in(ids.get(0), ids.get(1))).execute();
        assertThat(chain.check().intact()).isFalse(); // the dates are part of the hash

        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now().minusYears(6))
                .where(AUDIT_EVENT.SEQ.le(dsl.select(AUDIT_EVENT.SEQ).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(ids.get(1))).asField()))
                .execute();
        chain.removeExpired();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.in(ids))).isEqualTo(1);
        assertThat(entriesFor("institution", id)).extracting(AuditEntry::id).containsExactly(ids.get(2));
        // what is left is a whole chain again: its first entry links to a removed one
        assertThat(chain.check().intact()).isTrue();
    }
}
