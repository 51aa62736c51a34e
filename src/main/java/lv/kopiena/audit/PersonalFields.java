package lv.kopiena.audit;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which fields of a record are personal data, so that the audit trail says they changed but never
 * keeps what they held: the trail outlives an erasure, and must not be where an erased person's
 * name survives. A column is personal when its name says so (names, e-mail, phone, guardian, birth,
 * addresses and user agents), or when it is listed for its table (free-text notes about a person,
 * special categories such as refugee status or disability). Columns that are bookkeeping (version,
 * created_at, record keys) are left out of the trail altogether.
 */
final class PersonalFields {

    private static final Pattern PERSONAL_NAME = Pattern.compile(
            "(^|_)(first_name|last_name|display_name|username|holder_name|guardian_name|contact_name|"
                    + "email|phone|password|guardian|birth|address|user_agent|organiser_person|token)(_|$)");
    private static final Map<String, Set<String>> PER_TABLE = Map.of(
            "participant", Set.of("notes", "refugee", "disability", "guardian_consent", "guardian_consent_date"),
            "user_account", Set.of("password_hash"),
            "pending_registration", Set.of("password_hash", "token_hash"));
    private static final Set<String> BOOKKEEPING = Set.of("version", "created_at", "record_key", "updated_at");

    private PersonalFields() {
    }

    static boolean personal(String table, String column) {
        return PERSONAL_NAME.matcher(column).find() || PER_TABLE.getOrDefault(table, Set.of()).contains(column);
    }

    static boolean bookkeeping(String column) {
        return BOOKKEEPING.contains(column);
    }
}
