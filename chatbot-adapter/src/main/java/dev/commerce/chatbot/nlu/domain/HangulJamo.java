package dev.commerce.chatbot.nlu.domain;

/**
 * Splits precomposed Hangul syllables into their conjoining jamo. Typing errors in Korean happen at the
 * jamo level (케이크 typed as 케잌 differs by one vowel, 라떼 and 라테 by one consonant), so edit distances
 * are computed on jamo, not on syllables.
 */
public final class HangulJamo {

    private static final int SYLLABLE_FIRST = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;
    private static final int VOWELS = 21;
    private static final int FINALS = 28;

    private HangulJamo() {
    }

    public static boolean isSyllable(char c) {
        return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
    }

    public static String decompose(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            appendJamo(text.charAt(i), out);
        }
        return out.toString();
    }

    public static void appendJamo(char c, StringBuilder out) {
        if (!isSyllable(c)) {
            out.append(c);
            return;
        }
        int index = c - SYLLABLE_FIRST;
        int initial = index / (VOWELS * FINALS);
        int vowel = (index % (VOWELS * FINALS)) / FINALS;
        int last = index % FINALS;
        out.append((char) (0x1100 + initial)).append((char) (0x1161 + vowel));
        if (last > 0) {
            out.append((char) (0x11A7 + last));
        }
    }
}
