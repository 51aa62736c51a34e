package lv.kopiena.audit;

/** What an audit entry records. Stored in audit_event.action; the view translates it. */
public enum AuditAction {
    /** A record was created; changes holds its initial values. */
    CREATE,
    /** A record was changed; changes holds the changed fields, old and new. */
    UPDATE,
    /** A record was deleted. */
    DELETE,
    /** Named attendance or head counts of an activity were changed. */
    ATTENDANCE,
    /** Two records were merged into one (e.g. duplicate participants). */
    MERGE,
    /** Logged in. */
    LOGIN,
    /** A wrong password or an unknown user name. */
    LOGIN_FAILED,
    /** Too many failed logins: the name or the address is locked from now on. */
    LOCKED_OUT,
    /** A login refused without checking the password, because of a lock or a disabled account. */
    LOGIN_REFUSED,
    /** An admin ended someone's session. */
    SESSION_ENDED,
    /** Everything held about a person was exported (GDPR access). */
    PERSONAL_DATA_EXPORT,
    /** A list or file with personal data was downloaded. */
    EXPORT,
    /** A report was downloaded as CSV, XLSX or PDF. */
    REPORT_DOWNLOAD,
    /** A person was erased on request (GDPR erasure). */
    ERASE,
    /** A person was erased by the centre's retention rule. */
    RETENTION_ERASE,
    /** A person withdrew consent. */
    CONSENT_WITHDRAWN,
    /** A backup of the database was made or downloaded. */
    BACKUP
}
