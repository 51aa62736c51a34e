package lv.kopiena.activity;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.PARTICIPANT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.jooq.Sorting;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Attendance of activities: named participants (one row per person, the primary key makes a
 * second mark harmless) and head counts (one row per category, only counts above zero).
 */
@Repository
class AttendanceRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", PARTICIPANT.LAST_NAME,
            "birthYear", PARTICIPANT.BIRTH_YEAR,
            "category", PARTICIPANT.CATEGORY);

    private final DSLContext dsl;

    AttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The activity's centre, with the activity row locked until the transaction ends: shared (so
     * that it cannot be deleted while attendance is written) or exclusive (to serialise head count
     * saves of one activity). Empty when the activity does not exist (any longer).
     */
    Optional<Long> lockActivity(long activityId, boolean exclusive) {
        var select = dsl.select(ACTIVITY.CENTRE_ID).from(ACTIVITY).where(ACTIVITY.ID.eq(activityId));
        return (exclusive ? select.forUpdate() : select.forShare()).fetchOptional(ACTIVITY.CENTRE_ID);
    }

    /** What decides whether a participant may be marked by name; empty when missing or erased. */
    record NamedFacts(long centreId, @Nullable Integer birthYear, boolean consentGiven, boolean guardianConsent,
                      boolean withdrawn) {
    }

    Optional<NamedFacts> namedFacts(long participantId) {
        return dsl.select(PARTICIPANT.CENTRE_ID, PARTICIPANT.BIRTH_YEAR, PARTICIPANT.CONSENT_GIVEN,
                        PARTICIPANT.GUARDIAN_CONSENT, PARTICIPANT.CONSENT_WITHDRAWN_AT)
                .from(PARTICIPANT)
                .where(PARTICIPANT.ID.eq(participantId), PARTICIPANT.ERASED_AT.isNull())
                .fetchOptional(r -> new NamedFacts(r.value1(), r.value2() == null ? null : r.value2().intValue(),
                        Boolean.TRUE.equals(r.value3()), Boolean.TRUE.equals(r.value4()), r.value5() != null));
    }

    List<Attendee> attendees(long activityId, PageRequest page) {
        return dsl.select(PARTICIPANT.ID, PARTICIPANT.FIRST_NAME, PARTICIPANT.LAST_NAME, PARTICIPANT.BIRTH_YEAR,
                        PARTICIPANT.CATEGORY, ATTENDANCE.RECORDED_AT)
                .from(ATTENDANCE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(ATTENDANCE.PARTICIPANT_ID))
                .where(ATTENDANCE.ACTIVITY_ID.eq(activityId))
                .orderBy(Sorting.orderBy(page, SORTABLE, PARTICIPANT.LAST_NAME.asc(), PARTICIPANT.FIRST_NAME.asc(),
                        PARTICIPANT.ID.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new Attendee(r.get(PARTICIPANT.ID), r.get(PARTICIPANT.FIRST_NAME), r.get(PARTICIPANT.LAST_NAME),
                        birthYear(r), ParticipantCategory.valueOf(r.get(PARTICIPANT.CATEGORY)), r.get(ATTENDANCE.RECORDED_AT)));
    }

    int attendeeCount(long activityId) {
        return dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(activityId));
    }

    /** @return false when the person was already marked (nothing changed) */
    boolean add(long activityId, long participantId, LocalDateTime recordedAt) {
        return dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.ACTIVITY_ID, activityId)
                .set(ATTENDANCE.PARTICIPANT_ID, participantId)
                .set(ATTENDANCE.RECORDED_AT, recordedAt)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /** @return false when the person was not marked (any longer) */
    boolean remove(long activityId, long participantId) {
        return dsl.deleteFrom(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.eq(activityId), ATTENDANCE.PARTICIPANT_ID.eq(participantId))
                .execute() == 1;
    }

    /**
     * Participants of the centre found by name (each word must start a first or a last name; a
     * number matches the birth year), not yet marked for the activity. Uses the index on
     * (centre_id, last_name, first_name).
     */
    List<ParticipantOption> candidates(long centreId, long activityId, String text, int offset, int limit) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(PARTICIPANT.CENTRE_ID.eq(centreId));
        conditions.add(namable());
        conditions.add(DSL.notExists(DSL.selectOne().from(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.eq(activityId), ATTENDANCE.PARTICIPANT_ID.eq(PARTICIPANT.ID))));
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.matches("\\d{4}")) {
                conditions.add(PARTICIPANT.BIRTH_YEAR.eq(Short.valueOf(word)));
            } else {
                conditions.add(PARTICIPANT.LAST_NAME.startsWith(word).or(PARTICIPANT.FIRST_NAME.startsWith(word)));
            }
        }
        return dsl.select(PARTICIPANT.ID, PARTICIPANT.FIRST_NAME, PARTICIPANT.LAST_NAME, PARTICIPANT.BIRTH_YEAR,
                        PARTICIPANT.CATEGORY)
                .from(PARTICIPANT)
                .where(conditions)
                .orderBy(PARTICIPANT.LAST_NAME, PARTICIPANT.FIRST_NAME, PARTICIPANT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(AttendanceRepository::option);
    }

    /**
     * The people who usually come: those who attended most often the other activities of the same
     * initiative (or, for an activity without one, of the centre since {@code since}), by name,
     * each with whether they are already marked for this activity. One query.
     */
    List<ChecklistEntry> regulars(long activityId, long centreId, @Nullable Long initiativeId, LocalDateTime since,
                                  int limit) {
        var other = ACTIVITY.as("other");
        var earlier = ATTENDANCE.as("earlier");
        Condition sameGroup = initiativeId != null
                ? other.INITIATIVE_ID.eq(initiativeId)
                : other.CENTRE_ID.eq(centreId).and(other.STARTS_AT.ge(since));
        var visits = DSL.count().as("visits");
        var regulars = DSL.select(earlier.PARTICIPANT_ID, visits)
                .from(earlier)
                .join(other).on(other.ID.eq(earlier.ACTIVITY_ID))
                .where(sameGroup, other.ID.ne(activityId))
                .groupBy(earlier.PARTICIPANT_ID)
                .orderBy(visits.desc(), earlier.PARTICIPANT_ID)
                .limit(limit)
                .asTable("regulars");
        Field<Boolean> attending = DSL.field(DSL.exists(DSL.selectOne().from(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.eq(activityId), ATTENDANCE.PARTICIPANT_ID.eq(PARTICIPANT.ID))));
        return dsl.select(PARTICIPANT.ID, PARTICIPANT.FIRST_NAME, PARTICIPANT.LAST_NAME, PARTICIPANT.BIRTH_YEAR,
                        PARTICIPANT.CATEGORY, attending)
                .from(PARTICIPANT)
                .join(regulars).on(regulars.field(earlier.PARTICIPANT_ID).eq(PARTICIPANT.ID))
                .where(PARTICIPANT.CENTRE_ID.eq(centreId), namable())
                .orderBy(PARTICIPANT.LAST_NAME, PARTICIPANT.FIRST_NAME, PARTICIPANT.ID)
                .fetch(r -> new ChecklistEntry(option(r), Boolean.TRUE.equals(r.get(attending))));
    }

    /**
     * Not erased and no withdrawn consent: the people the look-ups offer. (A missing consent by age,
     * e.g. a child who turned 16, is refused with its reason when added: see AttendanceService.add.)
     */
    private static Condition namable() {
        return PARTICIPANT.ERASED_AT.isNull().and(PARTICIPANT.CONSENT_WITHDRAWN_AT.isNull());
    }

    Map<ParticipantCategory, Integer> headCounts(long activityId) {
        Map<ParticipantCategory, Integer> result = new EnumMap<>(ParticipantCategory.class);
        dsl.select(ATTENDANCE_HEADCOUNT.CATEGORY, ATTENDANCE_HEADCOUNT.HEAD_COUNT)
                .from(ATTENDANCE_HEADCOUNT)
                .where(ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(activityId))
                .forEach(r -> result.put(ParticipantCategory.valueOf(r.value1()), r.value2()));
        return result;
    }

    /** Sets one category's count; 0 removes the row (the table keeps only counts above zero). */
    void setHeadCount(long activityId, ParticipantCategory category, int count) {
        if (count == 0) {
            dsl.deleteFrom(ATTENDANCE_HEADCOUNT)
                    .where(ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(activityId), ATTENDANCE_HEADCOUNT.CATEGORY.eq(category.name()))
                    .execute();
            return;
        }
        dsl.insertInto(ATTENDANCE_HEADCOUNT)
                .set(ATTENDANCE_HEADCOUNT.ACTIVITY_ID, activityId)
                .set(ATTENDANCE_HEADCOUNT.CATEGORY, category.name())
                .set(ATTENDANCE_HEADCOUNT.HEAD_COUNT, count)
                .onDuplicateKeyUpdate()
                .set(ATTENDANCE_HEADCOUNT.HEAD_COUNT, count)
                .execute();
    }

    private static ParticipantOption option(Record r) {
        return new ParticipantOption(r.get(PARTICIPANT.ID), r.get(PARTICIPANT.FIRST_NAME), r.get(PARTICIPANT.LAST_NAME),
                birthYear(r), ParticipantCategory.valueOf(r.get(PARTICIPANT.CATEGORY)));
    }

    private static @Nullable Integer birthYear(Record r) {
        Short year = r.get(PARTICIPANT.BIRTH_YEAR);
        return year == null ? null : year.intValue();
    }
}
