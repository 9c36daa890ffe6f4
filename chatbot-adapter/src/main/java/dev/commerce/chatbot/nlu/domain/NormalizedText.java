package dev.commerce.chatbot.nlu.domain;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A matching view of an utterance (NFC, lower case, optionally without white space) that remembers, for
 * every character, which characters of the original text it came from. Entity offsets are reported
 * against the original text, so a user who typed decomposed jamo or extra spaces still gets offsets that
 * point into what they sent.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalizedText(String original, String text, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    public static NormalizedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 1];
        int[] ends = new int[original.length() * 2 + 1];
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.KOREAN);
        clusters.setText(original);
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = Normalizer.normalize(original.substring(start, end), Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            for (int k = 0; k < cluster.length(); k++) {
                if (text.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[text.length()] = start;
                ends[text.length()] = end;
                text.append(cluster.charAt(k));
            }
        }
        return new NormalizedText(original, text.toString(),
                Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()));
    }

    /** The same view without white space: users write 바닐라 라떼 and 바닐라라떼 alike. */
    public NormalizedText withoutWhitespace() {
        StringBuilder compact = new StringBuilder(text.length());
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                starts[compact.length()] = originalStart[i];
                ends[compact.length()] = originalEnd[i];
                compact.append(c);
            }
        }
        int length = compact.length();
        return new NormalizedText(original, compact.toString(),
                Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }

    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    public int length() {
        return text.length();
    }

    /** Start offset in the original text of the view range [from, to). */
    public int originalStart(int from) {
        return originalStart[from];
    }

    /** End offset (exclusive) in the original text of the view range [from, to). */
    public int originalEnd(int to) {
        return originalEnd[to - 1];
    }
}
