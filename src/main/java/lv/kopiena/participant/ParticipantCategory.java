package lv.kopiena.participant;

/** Who a participant is for the programme's reports; labels are "participant.category.NAME". */
public enum ParticipantCategory {
    TEACHER, CHILD, YOUNG_PERSON, PARENT, SENIOR, MUNICIPAL_STAFF, NGO_MEMBER, MEDIA, OTHER
}
