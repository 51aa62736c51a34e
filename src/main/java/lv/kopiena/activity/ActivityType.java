package lv.kopiena.activity;

/** What kind of thing happens; stored by name in {@code activity.type}, labelled "activity.type.NAME". */
public enum ActivityType {
    COMMUNITY_EVENT,
    WORKSHOP,
    SEMINAR,
    TEACHER_TRAINING,
    ROUND_TABLE,
    PUBLIC_DISCUSSION,
    WORKING_GROUP_MEETING,
    INFORMATION_CAMPAIGN
}
