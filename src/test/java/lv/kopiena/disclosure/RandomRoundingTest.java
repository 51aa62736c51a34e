package lv.kopiena.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomRoundingTest {

    private static final long MAX_KEY = CellKeys.MODULUS - 1;

    @Test
    void zero_stays_zero_whatever_the_key() {
        assertThat(RandomRounding.count(0, 0).text()).isEqualTo("0");
        assertThat(RandomRounding.count(0, MAX_KEY).text()).isEqualTo("0");
        assertThat(RandomRounding.count(0, 0).small()).isFalse();
    }

    @Test
    void counts_from_1_to_4_are_fewer_than_five_whatever_the_key() {
        for (long v = 1; v <= 4; v++) {
            for (long key : new long[] {0, 1, CellKeys.MODULUS / 2, MAX_KEY}) {
                Shown shown = RandomRounding.count(v, key);
                assertThat(shown.small()).isTrue();
                assertThat(shown.value()).isNull();
                assertThat(shown.text()).isEqualTo("<5");
            }
        }
    }

    @Test
    void multiples_of_five_are_shown_as_they_are() {
        for (long v : new long[] {5, 10, 35, 1000}) {
            assertThat(RandomRounding.count(v, 0).text()).isEqualTo(String.valueOf(v));
            assertThat(RandomRounding.count(v, MAX_KEY).text()).isEqualTo(String.valueOf(v));
        }
    }

    @Test
    void other_counts_go_to_a_neighbouring_multiple_of_five_never_below_five() {
        SplittableRandom random = new SplittableRandom(8);
        for (long v = 5; v < 200; v++) {
            long down = v / 5 * 5;
            for (int i = 0; i < 50; i++) {
                long shown = RandomRounding.count(v, random.nextLong(CellKeys.MODULUS)).value().longValueExact();
                assertThat(shown).isIn(down, down + 5).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void the_key_decides_up_when_below_remainder_fifths_of_the_modulus() {
        // 7 = 5 + 2: up for key / 2^32 < 2/5
        long threshold = CellKeys.MODULUS * 2 / 5;
        assertThat(RandomRounding.count(7, 0).text()).isEqualTo("10");
        assertThat(RandomRounding.count(7, threshold).text()).isEqualTo("10");
        assertThat(RandomRounding.count(7, threshold + 1).text()).isEqualTo("5");
        assertThat(RandomRounding.count(7, MAX_KEY).text()).isEqualTo("5");
    }

    @Test
    void the_same_key_gives_the_same_answer() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            long v = 5 + random.nextLong(500);
            long key = random.nextLong(CellKeys.MODULUS);
            assertThat(RandomRounding.count(v, key)).isEqualTo(RandomRounding.count(v, key));
        }
    }

    @Test
    void over_many_keys_the_mean_shown_value_is_the_exact_one() {
        SplittableRandom random = new SplittableRandom(42);
        int draws = 200_000;
        for (long v : new long[] {6, 7, 8, 9, 13, 21}) {
            double sum = 0;
            for (int i = 0; i < draws; i++) {
                sum += RandomRounding.count(v, random.nextLong(CellKeys.MODULUS)).value().doubleValue();
            }
            // the shown value's standard deviation is at most 2.5, so the mean's is below 0.006
            assertThat(sum / draws).as("mean shown for %d", v).isCloseTo(v, org.assertj.core.data.Offset.offset(0.03));
        }
    }

    @Test
    void hours_are_hidden_when_one_to_four_people_earned_them_and_rounded_otherwise() {
        assertThat(RandomRounding.amount(new BigDecimal("40.0"), 4, 0).text()).isEqualTo("<5");
        assertThat(RandomRounding.amount(new BigDecimal("40.0"), 5, 0).text()).isEqualTo("40");
        assertThat(RandomRounding.amount(new BigDecimal("42.5"), 5, 0).text()).isEqualTo("45");
        assertThat(RandomRounding.amount(new BigDecimal("42.5"), 5, MAX_KEY).text()).isEqualTo("40");
        // 2.5 / 5 = 1/2: the key's upper half rounds down
        assertThat(RandomRounding.amount(new BigDecimal("42.5"), 5, CellKeys.MODULUS / 2).text()).isEqualTo("40");
        assertThat(RandomRounding.amount(new BigDecimal("42.5"), 5, CellKeys.MODULUS / 2 - 1).text()).isEqualTo("45");
        assertThat(RandomRounding.amount(BigDecimal.ZERO, 0, 17).text()).isEqualTo("0");
        assertThat(RandomRounding.amount(new BigDecimal("2.5"), 6, 17).text()).isEqualTo("<5");
    }

    @Test
    void keys_outside_zero_to_two_to_the_32_and_negative_counts_are_refused() {
        assertThatThrownBy(() -> RandomRounding.count(7, CellKeys.MODULUS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomRounding.count(7, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomRounding.count(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
