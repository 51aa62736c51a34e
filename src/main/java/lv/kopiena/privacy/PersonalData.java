package lv.kopiena.privacy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything held about one person, by kind ("participant", "attendance", "account", ...), each
 * kind a list of rows of named values as stored. Both export formats are drawn from it.
 *
 * @param subject "participant" or "user_account": whom the export was asked for
 */
record PersonalData(String subject, long subjectId, LocalDateTime exportedAt, List<Section> sections) {

    /** One kind of data; {@code kind} names its title ("privacy.section.KIND"). */
    record Section(String kind, List<Map<String, @Nullable Object>> rows) {
    }
}
