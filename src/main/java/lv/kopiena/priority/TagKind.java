package lv.kopiena.priority;

/** The two lists of the programme that an admin keeps: priorities and target groups. */
public enum TagKind {
    PRIORITY,
    TARGET_GROUP
}
