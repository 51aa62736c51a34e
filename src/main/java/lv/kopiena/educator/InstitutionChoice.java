package lv.kopiena.educator;

import org.jspecify.annotations.Nullable;

/**
 * An institution a newly registering educator may name as its workplace: only its public name and
 * place, nothing about its contacts.
 *
 * @param municipalitySuccessorName today's municipality when the institution's is a former one
 */
public record InstitutionChoice(long id, String name, String municipalityName,
                                @Nullable String municipalitySuccessorName) {
}
