package lv.kopiena.institution;

import org.jspecify.annotations.Nullable;

/**
 * An institution as other features need it in a selection field (an initiative's lead, funders
 * and partners; an activity's organiser; a participant's school): enough to name it and tell it
 * apart from a namesake. Show it with {@code lv.kopiena.institution.ui.InstitutionLabels}.
 */
public record InstitutionOption(long id, String name, InstitutionType type, long municipalityId,
                                String municipalityName, @Nullable String municipalitySuccessorName) {
}
