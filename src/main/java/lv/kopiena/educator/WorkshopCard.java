package lv.kopiena.educator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workshop as anyone may see it, without login: no online link and nobody's name.
 *
 * @param place       where it happens; null when only online (see {@code online})
 * @param online      whether it has an online link (the link itself is for confirmed people only)
 * @param language    the workshop's language code (lv, uk, en, ru, ltg)
 * @param priorities  the programme priorities it serves, named in the reader's language
 * @param seatsLeft   free seats (never below 0)
 */
public record WorkshopCard(long id, String title, LocalDateTime startsAt, @Nullable LocalDateTime endsAt,
                           @Nullable String place, boolean online, String centreName, String municipalityName,
                           String language, BigDecimal hours, @Nullable String audience, List<String> priorities,
                           int capacity, int seatsLeft, boolean waitingList, SignupState signupState,
                           @Nullable LocalDateTime signupOpensAt, @Nullable LocalDateTime signupClosesAt) {

    public boolean full() {
        return seatsLeft == 0;
    }
}
