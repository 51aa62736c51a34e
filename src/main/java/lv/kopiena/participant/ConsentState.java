package lv.kopiena.participant;

/** Whether a participant's stored consent covers them today. Labels are "participant.consent.NAME". */
public enum ConsentState {
    /** 16 or older (or age unknown) with their own consent */
    OWN,
    /** under 16 with a parent's or guardian's consent */
    GUARDIAN,
    /** the consent their age needs is not recorded, e.g. a child who has turned 16 since */
    MISSING
}
