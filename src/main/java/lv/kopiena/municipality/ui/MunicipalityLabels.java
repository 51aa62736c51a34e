package lv.kopiena.municipality.ui;

import com.vaadin.flow.component.Component;
import lv.kopiena.municipality.Municipality;
import org.jspecify.annotations.Nullable;

/** How a municipality is named on screen: a former one with today's one beside it. */
public final class MunicipalityLabels {

    private MunicipalityLabels() {
    }

    public static String label(Component c, Municipality m) {
        return label(c, m.name(), m.successorName());
    }

    /** For list rows that carry only the two names. */
    public static String label(Component c, String name, @Nullable String successorName) {
        return successorName == null ? name : c.getTranslation("municipality.former", name, successorName);
    }
}
