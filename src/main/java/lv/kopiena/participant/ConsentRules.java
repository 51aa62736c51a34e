package lv.kopiena.participant;

import org.jspecify.annotations.Nullable;

/**
 * The consent rules, shared by the service (which enforces them) and the form (which explains
 * them while the user types). Only a year of birth is stored, so age is counted by years: in the
 * year someone turns 16 they count as 16.
 */
public final class ConsentRules {

    /** From this age a person gives consent themselves; younger ones need a guardian's consent. */
    public static final int OWN_CONSENT_AGE = 16;
    /** Under this age a person counts as a child for the protected-group filter. */
    public static final int ADULT_AGE = 18;
    public static final int EARLIEST_BIRTH_YEAR = 1900;

    private ConsentRules() {
    }

    /** Age in years, or null when the year of birth is not known. */
    public static @Nullable Integer age(@Nullable Integer birthYear, int currentYear) {
        return birthYear == null ? null : currentYear - birthYear;
    }

    /** True when the person is under 16 and so needs a parent's or guardian's consent. */
    public static boolean needsGuardianConsent(@Nullable Integer birthYear, int currentYear) {
        Integer age = age(birthYear, currentYear);
        return age != null && age < OWN_CONSENT_AGE;
    }

    public static boolean validBirthYear(int birthYear, int currentYear) {
        return birthYear >= EARLIEST_BIRTH_YEAR && birthYear <= currentYear;
    }

    /** Which of the recorded consents covers the person now. */
    public static ConsentState state(@Nullable Integer birthYear, boolean consentGiven, boolean guardianConsent,
                                     int currentYear) {
        if (needsGuardianConsent(birthYear, currentYear)) {
            return guardianConsent ? ConsentState.GUARDIAN : ConsentState.MISSING;
        }
        return consentGiven ? ConsentState.OWN : ConsentState.MISSING;
    }
}
