package dev.commerce.chatbot.nlu.domain;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Values of the numerals that come before a counter (두 잔, 열두 개, 스무 잔, 삼 세트). Native Korean
 * numerals are used with counters in everyday speech; Sino-Korean ones appear too, except the bare 이 and
 * 일, which read as "this" and "one day" far more often than as a quantity.
 */
public final class KoreanNumerals {

    /** Native tens, then native units (longer spellings first so the regex prefers them), then Sino-Korean. */
    public static final String REGEX =
            "(?:열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)(?:하나|한|둘|두|셋|세|석|넷|네|넉|다섯|여섯|일곱|여덟|아홉)?"
            + "|하나|한|둘|두|셋|세|석|넷|네|넉|다섯|여섯|일곱|여덟|아홉"
            + "|[이삼사오육칠팔구]?십[일이삼사오육칠팔구]?|[삼사오육칠팔구]";

    private static final Map<String, Integer> NATIVE_TENS = Map.of(
            "열", 10, "스물", 20, "스무", 20, "서른", 30, "마흔", 40,
            "쉰", 50, "예순", 60, "일흔", 70, "여든", 80, "아흔", 90);
    private static final Map<String, Integer> NATIVE_UNITS = Map.ofEntries(
            Map.entry("하나", 1), Map.entry("한", 1), Map.entry("둘", 2), Map.entry("두", 2),
            Map.entry("셋", 3), Map.entry("세", 3), Map.entry("석", 3), Map.entry("넷", 4), Map.entry("네", 4),
            Map.entry("넉", 4), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7),
            Map.entry("여덟", 8), Map.entry("아홉", 9));
    private static final String SINO_DIGITS = "영일이삼사오육칠팔구";

    private KoreanNumerals() {
    }

    public static OptionalInt value(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(numeral));
        }
        OptionalInt nativeValue = nativeValue(numeral);
        return nativeValue.isPresent() ? nativeValue : sinoValue(numeral);
    }

    private static OptionalInt nativeValue(String numeral) {
        if (NATIVE_UNITS.containsKey(numeral)) {
            return OptionalInt.of(NATIVE_UNITS.get(numeral));
        }
        for (Map.Entry<String, Integer> tens : NATIVE_TENS.entrySet()) {
            if (numeral.startsWith(tens.getKey())) {
                String rest = numeral.substring(tens.getKey().length());
                if (rest.isEmpty()) {
                    return OptionalInt.of(tens.getValue());
                }
                if (NATIVE_UNITS.containsKey(rest)) {
                    return OptionalInt.of(tens.getValue() + NATIVE_UNITS.get(rest));
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt sinoValue(String numeral) {
        int ten = numeral.indexOf('십');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : OptionalInt.empty();
        }
        int tens = ten == 0 ? 1 : digit(numeral.charAt(0)).orElse(-1);
        int units = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1)).orElse(-1);
        return tens < 0 || units < 0 ? OptionalInt.empty() : OptionalInt.of(tens * 10 + units);
    }

    private static OptionalInt digit(char c) {
        int index = SINO_DIGITS.indexOf(c);
        return index > 0 ? OptionalInt.of(index) : OptionalInt.empty();
    }
}
