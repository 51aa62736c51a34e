package lv.kopiena.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DefaultStartTest {

    @Test
    void a_new_activity_starts_at_the_next_full_hour_during_the_day() {
        assertThat(ActivityService.defaultStart(LocalDateTime.of(2026, 11, 22, 14, 35)))
                .isEqualTo(LocalDateTime.of(2026, 11, 22, 15, 0));
    }

    @Test
    void late_in_the_evening_it_suggests_tomorrow_morning_not_the_night() {
        assertThat(ActivityService.defaultStart(LocalDateTime.of(2026, 11, 22, 22, 10)))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
        assertThat(ActivityService.defaultStart(LocalDateTime.of(2026, 11, 22, 23, 50)))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    }

    @Test
    void early_in_the_morning_it_suggests_ten_oclock_the_same_day() {
        assertThat(ActivityService.defaultStart(LocalDateTime.of(2026, 11, 23, 5, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    }
}
