package lv.kopiena.home;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.PARTICIPANT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class HomeRepository {

    private final DSLContext dsl;

    HomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> centreName(long centreId) {
        return dsl.select(CENTRE.NAME).from(CENTRE).where(CENTRE.ID.eq(centreId)).fetchOptional(CENTRE.NAME);
    }

    /** Initiatives that are active or planned and not over, with the phase running today. */
    List<Overview.InitiativeLine> runningInitiatives(Optional<Long> centre, LocalDate today) {
        Field<String> currentPhase = DSL.field(DSL.select(INITIATIVE_PHASE.NAME).from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(INITIATIVE_PHASE.STARTS_ON.le(today))
                .and(INITIATIVE_PHASE.ENDS_ON.isNull().or(INITIATIVE_PHASE.ENDS_ON.ge(today)))
                .orderBy(INITIATIVE_PHASE.STARTS_ON.desc())
                .limit(1));
        return dsl.select(INITIATIVE.ID, INITIATIVE.TITLE, CENTRE.NAME, INITIATIVE.STARTS_ON, INITIATIVE.ENDS_ON, currentPhase)
                .from(INITIATIVE)
                .join(CENTRE).on(CENTRE.ID.eq(INITIATIVE.CENTRE_ID))
                .where(inCentre(INITIATIVE.CENTRE_ID, centre))
                .and(INITIATIVE.STATUS.in("ACTIVE", "PLANNED"))
                .and(INITIATIVE.ENDS_ON.isNull().or(INITIATIVE.ENDS_ON.ge(today)))
                .orderBy(INITIATIVE.STARTS_ON, INITIATIVE.TITLE)
                .limit(20)
                .fetch(Records.mapping(Overview.InitiativeLine::new));
    }

    int activitiesBetween(Optional<Long> centre, LocalDateTime from, LocalDateTime to) {
        return dsl.fetchCount(ACTIVITY, inCentre(ACTIVITY.CENTRE_ID, centre)
                .and(ACTIVITY.STARTS_AT.ge(from)).and(ACTIVITY.STARTS_AT.lt(to)));
    }

    int participants(Optional<Long> centre) {
        return dsl.fetchCount(PARTICIPANT, inCentre(PARTICIPANT.CENTRE_ID, centre));
    }

    private static Condition inCentre(Field<Long> column, Optional<Long> centre) {
        return centre.map(column::eq).orElse(DSL.noCondition());
    }
}
