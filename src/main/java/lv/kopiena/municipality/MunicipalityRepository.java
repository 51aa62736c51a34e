package lv.kopiena.municipality;

import static lv.kopiena.jooq.Tables.MUNICIPALITY;

import java.util.List;
import lv.kopiena.jooq.tables.Municipality;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class MunicipalityRepository {

    private final DSLContext dsl;

    MunicipalityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<lv.kopiena.municipality.Municipality> findAll() {
        Municipality successor = MUNICIPALITY.as("successor");
        return dsl.select(MUNICIPALITY.ID, MUNICIPALITY.NAME, MUNICIPALITY.REGION, MUNICIPALITY.SUCCESSOR_ID,
                        successor.NAME, MUNICIPALITY.MERGED_ON)
                .from(MUNICIPALITY)
                .leftJoin(successor).on(successor.ID.eq(MUNICIPALITY.SUCCESSOR_ID))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(Records.mapping(lv.kopiena.municipality.Municipality::new));
    }
}
