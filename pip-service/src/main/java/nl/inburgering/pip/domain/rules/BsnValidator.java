package nl.inburgering.pip.domain.rules;

import java.util.List;

/**
 * Structural check of a burgerservicenummer: exactly nine digits that pass the 11-test (elfproef).
 *
 * <p>The 11-test (nl-gov-standards §4.1 [V]): with digits d1…d9,
 * {@code 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9} must be divisible by 11. The last
 * weight is −1, not +1, so that a bank account number fails. {@code 000000000} passes that sum and is
 * rejected explicitly (issue; nl-gov-standards §4.1).
 *
 * <p>Decisions: only nine characters {@code 0}–{@code 9} are accepted, so eight-digit historic numbers,
 * spaces, dots and non-ASCII digits are refused (pad deliberately before calling, if ever needed). Other
 * numbers with leading zeros that pass the test ({@code 010082426}, and the synthetic {@code 000000012} from
 * the Haal Centraal test set) are accepted: the issue rejects only all zeros, and no source gives a rule for
 * other "zero-ish" numbers. Passing the test says nothing about whether the BSN was issued (BRP checks that).
 *
 * <p>A malformed BSN is a 400 (request validation), not a 409: {@link #problems(String)} returns error codes
 * for the {@code errors} list of the problem response.
 */
public final class BsnValidator {

    /** The value is missing. */
    public static final String REQUIRED = "bsn.required";
    /** Not exactly nine characters. */
    public static final String LENGTH = "bsn.length";
    /** A character other than 0–9. */
    public static final String DIGITS = "bsn.digits";
    /** {@code 000000000}. */
    public static final String ALL_ZEROS = "bsn.zeros";
    /** Nine digits that fail the 11-test. */
    public static final String ELEVEN_TEST = "bsn.elfproef";

    private static final int LENGTH_OF_A_BSN = 9;

    private BsnValidator() {
    }

    /** @return whether {@code bsn} is nine digits, not all zeros, passing the 11-test */
    public static boolean isValid(String bsn) {
        return problems(bsn).isEmpty();
    }

    /**
     * @return the problem codes ({@link #REQUIRED}, {@link #LENGTH}, {@link #DIGITS}, {@link #ALL_ZEROS},
     *         {@link #ELEVEN_TEST}); empty when valid. At most one code: each check needs the previous to pass.
     */
    public static List<String> problems(String bsn) {
        if (bsn == null || bsn.isEmpty()) {
            return List.of(REQUIRED);
        }
        if (bsn.length() != LENGTH_OF_A_BSN) {
            return List.of(LENGTH);
        }
        for (int i = 0; i < LENGTH_OF_A_BSN; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return List.of(DIGITS);
            }
        }
        if (bsn.equals("000000000")) {
            return List.of(ALL_ZEROS);
        }
        return elevenTestSum(bsn) % 11 == 0 ? List.of() : List.of(ELEVEN_TEST);
    }

    /**
     * @throws IllegalArgumentException naming the problem code (never the number itself: no BSN in logs)
     */
    public static void requireValid(String bsn) {
        List<String> problems = problems(bsn);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid BSN: " + problems.get(0));
        }
    }

    private static int elevenTestSum(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        return sum - (nineDigits.charAt(8) - '0');
    }
}
