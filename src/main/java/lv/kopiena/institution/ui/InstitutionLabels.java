package lv.kopiena.institution.ui;

import com.vaadin.flow.component.Component;
import lv.kopiena.institution.InstitutionOption;
import lv.kopiena.institution.InstitutionType;
import lv.kopiena.municipality.ui.MunicipalityLabels;

/**
 * How an institution is named on screen, for this feature and for others' selection fields:
 * {@code combo.setItemLabelGenerator(o -> InstitutionLabels.option(combo, o))}.
 */
public final class InstitutionLabels {

    private InstitutionLabels() {
    }

    /** The translated type, e.g. "School". */
    public static String type(Component c, InstitutionType type) {
        return c.getTranslation(type.translationKey());
    }

    /** Its municipality, a former one with today's beside it. */
    public static String municipality(Component c, InstitutionOption option) {
        return MunicipalityLabels.label(c, option.municipalityName(), option.municipalitySuccessorName());
    }

    /** Name and municipality, e.g. "Aglonas vidusskola · Aglonas novads (now Preiļu novads)". */
    public static String option(Component c, InstitutionOption option) {
        return option.name() + " · " + municipality(c, option);
    }
}
