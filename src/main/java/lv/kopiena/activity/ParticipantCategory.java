package lv.kopiena.activity;

/**
 * The categories people are counted in at an activity: the same values as a participant's
 * category, so that named attendance and head counts add up per category in reports. Labelled
 * "activity.category.NAME".
 */
public enum ParticipantCategory {
    TEACHER,
    CHILD,
    YOUNG_PERSON,
    PARENT,
    SENIOR,
    MUNICIPAL_STAFF,
    NGO_MEMBER,
    MEDIA,
    OTHER
}
