package nl.inburgering.pip.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("BSN: nine digits passing the 11-test, not 000000000 (issue; nl-gov-standards §4.1)")
class BsnValidatorTest {

    /** Each checked by hand: 9·d1 + … + 2·d8 − d9 is a multiple of 11. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "999993653", "999990342", "999992351", "999999667", "999999199", "999999230",
            "999995844", "999990019", "999991723", "123456782", "249566758", "111222333"})
    @DisplayName("a BSN passing the 11-test is accepted (DUO BSN, 11-test)")
    void bsnWithValidElevenTestIsAccepted_DUO(String bsn) {
        assertThat(BsnValidator.isValid(bsn)).isTrue();
        assertThat(BsnValidator.problems(bsn)).isEmpty();
        assertThatCode(() -> BsnValidator.requireValid(bsn)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} (sum {1})")
    @CsvSource({"123456789,147", "999993654,351", "999990341,331", "192837465,205", "999990018,309"})
    @DisplayName("nine digits failing the 11-test are rejected")
    void bsnFailingTheElevenTestIsRejected(String bsn, int sum) {
        assertThat(sum % 11).isNotZero();
        assertThat(BsnValidator.isValid(bsn)).isFalse();
        assertThat(BsnValidator.problems(bsn)).containsExactly(BsnValidator.ELEVEN_TEST);
    }

    @Test
    @DisplayName("the last weight is −1, not +1: a number valid only with +1 is rejected")
    void lastWeightIsMinusOne() {
        // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 156; 156 + 9 = 165 = 15·11, 156 − 9 = 147 is not
        assertThat(BsnValidator.isValid("123456789")).isFalse();
        // 156 − 2 = 154 = 14·11
        assertThat(BsnValidator.isValid("123456782")).isTrue();
    }

    @Test
    @DisplayName("every single-digit change of a valid BSN is rejected (the 11-test catches one typo)")
    void everySingleDigitTypoIsRejected() {
        String valid = "999990019";
        List<String> typos = new ArrayList<>();
        for (int position = 0; position < 9; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (valid.charAt(position) != digit) {
                    typos.add(valid.substring(0, position) + digit + valid.substring(position + 1));
                }
            }
        }
        assertThat(typos).hasSize(81).noneMatch(BsnValidator::isValid);
    }

    @Test
    @DisplayName("000000000 passes the sum but is rejected (issue)")
    void allZerosIsRejected() {
        assertThat(BsnValidator.isValid("000000000")).isFalse();
        assertThat(BsnValidator.problems("000000000")).containsExactly(BsnValidator.ALL_ZEROS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"010082426", "000000012", "000000024", "100000009"})
    @DisplayName("other numbers with leading zeros that pass the 11-test are accepted (decision)")
    void leadingZerosAreKept(String bsn) {
        assertThat(BsnValidator.isValid(bsn)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"99999001", "9999900190", "12345678", "1", "99999 0019", " 999990019"})
    @DisplayName("anything but nine characters is rejected, eight-digit numbers included")
    void wrongLengthIsRejected(String bsn) {
        assertThat(BsnValidator.problems(bsn)).containsExactly(BsnValidator.LENGTH);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"99999001a", "-99990019", "99999.019", "9999 0019", "+99990019", " 99999001", "９９９９９００１９"})
    @DisplayName("non-digits are rejected, non-ASCII digits included")
    void nonDigitsAreRejected(String bsn) {
        assertThat(BsnValidator.problems(bsn)).containsExactly(BsnValidator.DIGITS);
        assertThat(BsnValidator.isValid(bsn)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @DisplayName("a missing BSN is rejected")
    void missingIsRejected(String bsn) {
        assertThat(BsnValidator.problems(bsn)).containsExactly(BsnValidator.REQUIRED);
    }

    @Test
    @DisplayName("requireValid names the problem, never the number (no BSN in logs)")
    void requireValidDoesNotLeakTheNumber() {
        assertThatThrownBy(() -> BsnValidator.requireValid("999990018"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BsnValidator.ELEVEN_TEST)
                .hasMessageNotContaining("999990018");
    }
}
