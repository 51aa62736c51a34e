package lv.kopiena.participant;

/**
 * Protected groups a list can be narrowed to. Children are those in the CHILD category or under
 * {@link ConsentRules#ADULT_AGE} by year of birth. Labels are "participant.group.NAME".
 */
public enum ProtectedGroup {
    /** in at least one of the groups below */
    ANY, REFUGEE, DISABILITY, CHILD
}
