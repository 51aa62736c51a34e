package lv.kopiena.participant;

import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PARTICIPANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.Attendance;
import lv.kopiena.jooq.tables.Participant;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ParticipantRepository {

    /** Each maps to an indexed column, per centre and across centres (see V401). */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "lastName", PARTICIPANT.LAST_NAME,
            "firstName", PARTICIPANT.FIRST_NAME,
            "category", PARTICIPANT.CATEGORY,
            "birthYear", PARTICIPANT.BIRTH_YEAR,
            "created", PARTICIPANT.CREATED_AT);

    private static final Field<Integer> ATTENDANCE_COUNT = DSL.field(DSL.selectCount().from(ATTENDANCE)
            .where(ATTENDANCE.PARTICIPANT_ID.eq(PARTICIPANT.ID))).as("attendance_count");
    private static final Field<Boolean> POSSIBLE_DUPLICATE = DSL.field(possibleDuplicate()).as("possible_duplicate");

    private final DSLContext dsl;

    ParticipantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One page of the list. The attendance count and the duplicate flag are computed in the same
     * query for the page's rows only, each by an index lookup.
     *
     * @param centreId null for all centres
     */
    List<ParticipantRow> find(@Nullable Long centreId, ParticipantFilter filter, int currentYear, PageRequest page) {
        List<SortField<?>> order = orderBy(page);
        // A deferred join: the page's ids come from the sort index alone, so rows skipped by the
        // offset are not read, joined or given their counts; only the page's 50 rows are.
        Table<Record1<Long>> pageIds = DSL.select(PARTICIPANT.ID)
                .from(PARTICIPANT)
                .where(matches(centreId, filter, currentYear))
                .orderBy(order)
                .offset(page.offset())
                .limit(page.limit())
                .asTable("page_ids");
        return selectRows()
                .join(pageIds).on(pageIds.field(PARTICIPANT.ID).eq(PARTICIPANT.ID))
                .orderBy(order)
                .fetch(r -> row(r, currentYear));
    }

    int count(@Nullable Long centreId, ParticipantFilter filter, int currentYear) {
        return dsl.fetchCount(PARTICIPANT, matches(centreId, filter, currentYear));
    }

    Optional<ParticipantRow> findRow(long id, int currentYear) {
        return selectRows().where(PARTICIPANT.ID.eq(id), PARTICIPANT.ERASED_AT.isNull())
                .fetchOptional(r -> row(r, currentYear));
    }

    /**
     * Records of a centre that look like the described person: same name (ignoring case and
     * diacritics, by the columns' collation) with the same or an unknown year of birth, or the
     * same e-mail.
     */
    List<ParticipantRow> findSimilar(long centreId, String firstName, String lastName, @Nullable Integer birthYear,
                                     @Nullable String email, @Nullable Long exceptId, int currentYear, int limit) {
        Condition sameName = PARTICIPANT.LAST_NAME.eq(lastName).and(PARTICIPANT.FIRST_NAME.eq(firstName));
        if (birthYear != null) {
            sameName = sameName.and(PARTICIPANT.BIRTH_YEAR.eq(birthYear.shortValue()).or(PARTICIPANT.BIRTH_YEAR.isNull()));
        }
        Condition similar = email == null ? sameName : sameName.or(PARTICIPANT.EMAIL.eq(email));
        return selectRows()
                .where(PARTICIPANT.CENTRE_ID.eq(centreId))
                .and(PARTICIPANT.ERASED_AT.isNull())
                .and(exceptId == null ? DSL.noCondition() : PARTICIPANT.ID.ne(exceptId))
                .and(similar)
                .orderBy(PARTICIPANT.LAST_NAME, PARTICIPANT.FIRST_NAME, PARTICIPANT.ID)
                .limit(limit)
                .fetch(r -> row(r, currentYear));
    }

    /** A participant to edit; an erased one is gone for the forms (lv.kopiena.privacy keeps it for the counts). */
    Optional<ParticipantRecord> findById(long id) {
        return dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(id), PARTICIPANT.ERASED_AT.isNull()).fetchOptional();
    }

    Optional<Long> centreOf(long id) {
        return dsl.select(PARTICIPANT.CENTRE_ID).from(PARTICIPANT).where(PARTICIPANT.ID.eq(id), PARTICIPANT.ERASED_AT.isNull())
                .fetchOptional(PARTICIPANT.CENTRE_ID);
    }

    /** Reads and locks the records so that nobody changes them while they are merged. */
    List<ParticipantRecord> lockForUpdate(long first, long second) {
        return dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.ID.in(first, second), PARTICIPANT.ERASED_AT.isNull())
                .orderBy(PARTICIPANT.ID).forUpdate().fetch();
    }

    ParticipantRecord save(ParticipantRecord record) {
        return Records.store(dsl, record, "participant");
    }

    /**
     * Gives {@code to} every attendance of {@code from} that it does not have yet (the same
     * activity twice would break the primary key), keeping when it was recorded.
     *
     * @return the number of attendance rows added to {@code to}
     */
    int copyAttendance(long from, long to) {
        Attendance source = ATTENDANCE.as("source");
        Attendance existing = ATTENDANCE.as("existing");
        return dsl.insertInto(ATTENDANCE, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.PARTICIPANT_ID, ATTENDANCE.RECORDED_AT)
                .select(DSL.select(source.ACTIVITY_ID, DSL.val(to), source.RECORDED_AT)
                        .from(source)
                        .where(source.PARTICIPANT_ID.eq(from))
                        .andNotExists(DSL.selectOne().from(existing)
                                .where(existing.PARTICIPANT_ID.eq(to))
                                .and(existing.ACTIVITY_ID.eq(source.ACTIVITY_ID))))
                .execute();
    }

    int deleteAttendance(long participantId) {
        return dsl.deleteFrom(ATTENDANCE).where(ATTENDANCE.PARTICIPANT_ID.eq(participantId)).execute();
    }

    int attendanceCount(long participantId) {
        return dsl.fetchCount(ATTENDANCE, ATTENDANCE.PARTICIPANT_ID.eq(participantId));
    }

    List<Reference> referencesTo(long id) {
        return List.of(new Reference("activity.plural", attendanceCount(id)));
    }

    void delete(long id) {
        dsl.deleteFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(id)).execute();
    }
    private SelectOnConditionStep<? extends Record> selectRows() {
        return dsl.select(PARTICIPANT.ID, PARTICIPANT.CENTRE_ID, CENTRE.NAME, PARTICIPANT.FIRST_NAME,
                        PARTICIPANT.LAST_NAME, PARTICIPANT.CATEGORY, PARTICIPANT.BIRTH_YEAR, PARTICIPANT.EMAIL,
                        PARTICIPANT.PHONE, PARTICIPANT.INSTITUTION_ID, INSTITUTION.NAME, PARTICIPANT.LANGUAGE,
                        PARTICIPANT.REFUGEE, PARTICIPANT.DISABILITY, PARTICIPANT.CONSENT_GIVEN,
                        PARTICIPANT.CONSENT_DATE, PARTICIPANT.GUARDIAN_CONSENT, PARTICIPANT.GUARDIAN_NAME,
                        PARTICIPANT.GUARDIAN_CONSENT_DATE, POSSIBLE_DUPLICATE, ATTENDANCE_COUNT,
                        PARTICIPANT.CREATED_AT)
                .from(PARTICIPANT)
                .join(CENTRE).on(CENTRE.ID.eq(PARTICIPANT.CENTRE_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(PARTICIPANT.INSTITUTION_ID));
    }

    private static ParticipantRow row(Record r, int currentYear) {
        Short birthYear = r.get(PARTICIPANT.BIRTH_YEAR);
        Integer year = birthYear == null ? null : birthYear.intValue();
        return new ParticipantRow(r.get(PARTICIPANT.ID), r.get(PARTICIPANT.CENTRE_ID), r.get(CENTRE.NAME),
                r.get(PARTICIPANT.FIRST_NAME), r.get(PARTICIPANT.LAST_NAME),
                ParticipantCategory.valueOf(r.get(PARTICIPANT.CATEGORY)), year, r.get(PARTICIPANT.EMAIL),
                r.get(PARTICIPANT.PHONE), r.get(PARTICIPANT.INSTITUTION_ID), r.get(INSTITUTION.NAME),
                r.get(PARTICIPANT.LANGUAGE), r.get(PARTICIPANT.REFUGEE), r.get(PARTICIPANT.DISABILITY),
                ConsentRules.state(year, r.get(PARTICIPANT.CONSENT_GIVEN), r.get(PARTICIPANT.GUARDIAN_CONSENT), currentYear),
                r.get(PARTICIPANT.CONSENT_DATE), r.get(PARTICIPANT.GUARDIAN_NAME),
                r.get(PARTICIPANT.GUARDIAN_CONSENT_DATE), Boolean.TRUE.equals(r.get(POSSIBLE_DUPLICATE)),
                r.get(ATTENDANCE_COUNT), r.get(PARTICIPANT.CREATED_AT));
    }

    private static Condition matches(@Nullable Long centreId, ParticipantFilter filter, int currentYear) {
        List<Condition> conditions = new ArrayList<>();
        if (centreId != null) {
            conditions.add(PARTICIPANT.CENTRE_ID.eq(centreId));
        }
        // erased participants stay only as anonymous rows for the report counts
        conditions.add(PARTICIPANT.ERASED_AT.isNull());
        for (String word : filter.search().trim().split("\\s+")) {
            if (!word.isEmpty()) {
                conditions.add(PARTICIPANT.FIRST_NAME.contains(word)
                        .or(PARTICIPANT.LAST_NAME.contains(word))
                        .or(PARTICIPANT.EMAIL.contains(word)));
            }
        }
        if (filter.category() != null) {
            conditions.add(PARTICIPANT.CATEGORY.eq(filter.category().name()));
        }
        if (filter.group() != null) {
            Condition refugee = PARTICIPANT.REFUGEE.isTrue();
            Condition disability = PARTICIPANT.DISABILITY.isTrue();
            Condition child = PARTICIPANT.CATEGORY.eq(ParticipantCategory.CHILD.name())
                    .or(PARTICIPANT.BIRTH_YEAR.gt((short) (currentYear - ConsentRules.ADULT_AGE)));
            conditions.add(switch (filter.group()) {
                case ANY -> refugee.or(disability).or(child);
                case REFUGEE -> refugee;
                case DISABILITY -> disability;
                case CHILD -> child;
            });
        }
        if (filter.duplicatesOnly()) {
            conditions.add(possibleDuplicateFilter(centreId));
        }
        return DSL.and(conditions);
    }

    /**
     * Another participant of the same centre with the same name (the collation ignores case and
     * diacritics) and the same or an unknown year of birth, or with the same e-mail. Two
     * EXISTS, each an index-only lookup: (centre_id, last_name, first_name, birth_year) and
     * (centre_id, email). As a filter it is checked row by row in the list's order until the page
     * is full (a few hundred ms for a centre of 100,000; measured in ParticipantListBenchmark):
     * forms of it that first collect the duplicates with GROUP BY were planned worse by MariaDB.
     */
    private static Condition possibleDuplicate() {
        Participant other = PARTICIPANT.as("other");
        Condition sameName = DSL.exists(DSL.selectOne().from(other)
                .where(other.CENTRE_ID.eq(PARTICIPANT.CENTRE_ID))
                .and(other.LAST_NAME.eq(PARTICIPANT.LAST_NAME))
                .and(other.FIRST_NAME.eq(PARTICIPANT.FIRST_NAME))
                .and(other.ID.ne(PARTICIPANT.ID))
                .and(other.BIRTH_YEAR.eq(PARTICIPANT.BIRTH_YEAR)
                        .or(other.BIRTH_YEAR.isNull())
                        .or(PARTICIPANT.BIRTH_YEAR.isNull())));
        Condition sameEmail = PARTICIPANT.EMAIL.isNotNull().and(DSL.exists(DSL.selectOne().from(other)
                .where(other.CENTRE_ID.eq(PARTICIPANT.CENTRE_ID))
                .and(other.EMAIL.eq(PARTICIPANT.EMAIL))
                .and(other.ID.ne(PARTICIPANT.ID))));
        return sameName.or(sameEmail);
    }

    /**
     * {@link #possibleDuplicate()} as a filter over a long list. The name check runs per row
     * while the list's index is read in order (index-only: the default order is the index
     * (centre_id, last_name, first_name, birth_year)); the e-mail check collects the repeated
     * e-mails once from the (centre_id, email) index instead of reading every row's e-mail.
     */
    private static Condition possibleDuplicateFilter(@Nullable Long centreId) {
        Participant other = PARTICIPANT.as("other");
        Participant withEmail = PARTICIPANT.as("with_email");
        Condition sameName = DSL.exists(DSL.selectOne().from(other)
                .where(other.CENTRE_ID.eq(PARTICIPANT.CENTRE_ID))
                .and(other.LAST_NAME.eq(PARTICIPANT.LAST_NAME))
                .and(other.FIRST_NAME.eq(PARTICIPANT.FIRST_NAME))
                .and(other.ID.ne(PARTICIPANT.ID))
                .and(other.BIRTH_YEAR.eq(PARTICIPANT.BIRTH_YEAR)
                        .or(other.BIRTH_YEAR.isNull())
                        .or(PARTICIPANT.BIRTH_YEAR.isNull())));
        Condition sameEmail = PARTICIPANT.ID.in(DSL.select(withEmail.ID).from(withEmail)
                .where(centreId == null ? DSL.noCondition() : withEmail.CENTRE_ID.eq(centreId))
                .and(withEmail.EMAIL.isNotNull())
                .andExists(DSL.selectOne().from(other)
                        .where(other.CENTRE_ID.eq(withEmail.CENTRE_ID))
                        .and(other.EMAIL.eq(withEmail.EMAIL))
                        .and(other.ID.ne(withEmail.ID))));
        return sameName.or(sameEmail);
    }

    /**
     * The requested order, then tiebreakers in the same direction so that an index serves the
     * whole ORDER BY (InnoDB indexes end with the id): by last name the first name, year of birth
     * and id (people of the same name stand together, by age), by any other column the id.
     * Unsorted: as by last name.
     */
    private static List<SortField<?>> orderBy(PageRequest page) {
        if (page.sort().isEmpty()) {
            return List.of(PARTICIPANT.LAST_NAME.asc(), PARTICIPANT.FIRST_NAME.asc(), PARTICIPANT.BIRTH_YEAR.asc(),
                    PARTICIPANT.ID.asc());
        }
        PageRequest.SortOrder last = page.sort().getLast();
        List<Field<?>> tiebreakers = "lastName".equals(last.property())
                ? List.of(PARTICIPANT.FIRST_NAME, PARTICIPANT.BIRTH_YEAR, PARTICIPANT.ID)
                : List.of(PARTICIPANT.ID);
        return Sorting.orderBy(page, SORTABLE, tiebreakers.stream()
                .map(f -> last.ascending() ? f.asc() : f.desc())
                .toArray(SortField<?>[]::new));
    }
}
