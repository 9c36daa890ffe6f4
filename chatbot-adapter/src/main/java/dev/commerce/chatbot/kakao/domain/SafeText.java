package dev.commerce.chatbot.kakao.domain;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Cuts text to a maximum length without breaking a character: the text is first composed (NFC, so
 * decomposed Hangul jamo become whole syllables), then cut at a grapheme boundary, never inside a surrogate
 * pair or before a combining mark, and ends with "…" when shortened. Lengths are counted in UTF-16 units,
 * the strictest reading of Kakao's character limits.
 */
public final class SafeText {

    public static final String ELLIPSIS = "…";

    private SafeText() {
    }

    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (composed.length() <= max) {
            return composed;
        }
        if (max <= ELLIPSIS.length()) {
            return ELLIPSIS.substring(0, Math.max(0, max));
        }
        BreakIterator boundaries = BreakIterator.getCharacterInstance(Locale.KOREAN);
        boundaries.setText(composed);
        int end = boundaries.preceding(max - ELLIPSIS.length() + 1);
        while (end > 0 && !safeBoundary(composed, end)) {
            end--;
        }
        return composed.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static boolean safeBoundary(String text, int index) {
        if (index >= text.length()) {
            return true;
        }
        char next = text.charAt(index);
        if (Character.isLowSurrogate(next)) {
            return false;
        }
        int type = Character.getType(text.codePointAt(index));
        boolean attaches = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || next == '\u200D' || (next >= '\uFE00' && next <= '\uFE0F');
        boolean hangulContinuation = (next >= '\u1160' && next <= '\u11FF') || (next >= '\uD7B0' && next <= '\uD7FF');
        return !attaches && !hangulContinuation;
    }
}
