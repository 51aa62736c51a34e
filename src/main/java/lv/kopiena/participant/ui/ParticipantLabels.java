package lv.kopiena.participant.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import lv.kopiena.participant.ParticipantRow;

/** How a participant's flags are named on screen. */
final class ParticipantLabels {

    private ParticipantLabels() {
    }

    /** The protected groups and the duplicate warning of a row, e.g. "Refugee, Possible duplicate". */
    static String flags(Component c, ParticipantRow row) {
        List<String> flags = new ArrayList<>();
        if (row.refugee()) {
            flags.add(c.getTranslation("participant.flag.refugee"));
        }
        if (row.disability()) {
            flags.add(c.getTranslation("participant.flag.disability"));
        }
        if (row.possibleDuplicate()) {
            flags.add(c.getTranslation("participant.flag.duplicate"));
        }
        return String.join(", ", flags);
    }
}
