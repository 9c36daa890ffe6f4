package dev.commerce.chatbot.nlu.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds catalogue items in an utterance. Matching works on the text without white space (바닐라 라떼 =
 * 바닐라라떼), exactly for every name and alias, and fuzzily for longer forms: a window of the utterance
 * matches when its jamo edit distance to the form is within the allowance (one edit, two for long names),
 * which covers 초코케잌 and 카페라테. Short forms (아아, 라떼) are exact-only because one edit on two
 * syllables turns them into ordinary words, and they must start a word (딸기라떼 is no 카페라떼).
 *
 * <p>Overlapping candidates are resolved by a score that favours longer forms and penalises edits
 * (바닐라라테 is 바닐라라떼 with one edit, not the alias 라테 inside it), then by the window closest to the
 * form's length.
 */
public final class ItemMatcher {

    private static final Pattern SIZE_SUFFIX = Pattern.compile("\\s*\\d+(?:\\.\\d+)?\\s*(?:kg|g|ml|l)$",
            Pattern.CASE_INSENSITIVE);

    private final List<Form> forms;
    private final Settings settings;

    /** Fuzzy matching applies from {@code fuzzyMinJamo} jamo; two edits are allowed from {@code twoEditsMinJamo}. */
    public record Settings(int fuzzyMinJamo, int twoEditsMinJamo) {
        public static Settings defaults() {
            return new Settings(7, 16);
        }
    }

    private record Form(String text, String jamo, String canonical, int maxEdits, boolean hasDigit) {
    }

    private record Candidate(int from, int to, Form form, int edits) {
        int windowSkew() {
            return Math.abs((to - from) - form.text().length());
        }

        /** Longer forms win, but an edit costs one and a half characters, so an exact 4-syllable name beats a fuzzy 5-syllable one. */
        int score() {
            return 2 * form.text().length() - 3 * edits;
        }
    }

    public ItemMatcher(Collection<String> names, Map<String, List<String>> aliases, Settings settings) {
        this.settings = settings;
        Map<String, Form> byText = new LinkedHashMap<>();
        for (String name : names) {
            addForm(byText, name, name);
            String withoutSize = SIZE_SUFFIX.matcher(name).replaceFirst("");
            if (!withoutSize.isBlank() && !withoutSize.equals(name)) {
                addForm(byText, withoutSize, name);
            }
            aliases.getOrDefault(name, List.of()).forEach(alias -> addForm(byText, alias, name));
        }
        this.forms = List.copyOf(byText.values());
    }

    private void addForm(Map<String, Form> byText, String surface, String canonical) {
        String text = NormalizedText.of(surface).withoutWhitespace().text();
        if (text.isEmpty() || byText.containsKey(text)) {
            return;
        }
        String jamo = HangulJamo.decompose(text);
        int maxEdits = jamo.length() >= settings.twoEditsMinJamo() ? 2 : jamo.length() >= settings.fuzzyMinJamo() ? 1 : 0;
        byText.put(text, new Form(text, jamo, canonical, maxEdits, text.chars().anyMatch(Character::isDigit)));
    }

    public int formCount() {
        return forms.size();
    }

    public List<EntityMention> find(NormalizedText utterance, List<EntityMention> taken) {
        NormalizedText compact = utterance.withoutWhitespace();
        List<Candidate> candidates = new ArrayList<>();
        String text = compact.text();
        JamoIndex jamo = new JamoIndex(text);
        for (Form form : forms) {
            collectExact(text, form, candidates);
            if (form.maxEdits() > 0) {
                collectFuzzy(text, jamo, form, candidates);
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score())
                .thenComparingInt(Candidate::edits)
                .thenComparingInt(Candidate::windowSkew)
                .thenComparingInt(Candidate::from));
        List<EntityMention> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int start = compact.originalStart(candidate.from());
            int end = compact.originalEnd(candidate.to());
            if (candidate.form().maxEdits() == 0 && !startsWord(utterance.original(), start)) {
                continue;
            }
            boolean free = chosen.stream().noneMatch(m -> m.overlaps(start, end))
                    && taken.stream().noneMatch(m -> m.overlaps(start, end));
            if (free) {
                chosen.add(new EntityMention(EntityMention.ITEM, candidate.form().canonical(), start, end));
            }
        }
        chosen.sort(Comparator.comparingInt(EntityMention::start));
        return chosen;
    }

    /**
     * Short forms (아아, 라떼) only count at the start of a word: 딸기라떼 is not a 카페라떼. Longer names
     * may be glued to what precedes them (아이스바닐라라떼).
     */
    private static boolean startsWord(String original, int start) {
        return start == 0 || !Character.isLetterOrDigit(original.charAt(start - 1));
    }

    private static void collectExact(String text, Form form, List<Candidate> out) {
        for (int at = text.indexOf(form.text()); at >= 0; at = text.indexOf(form.text(), at + 1)) {
            out.add(new Candidate(at, at + form.text().length(), form, 0));
        }
    }

    private static void collectFuzzy(String text, JamoIndex jamo, Form form, List<Candidate> out) {
        int length = form.text().length();
        for (int from = 0; from < text.length(); from++) {
            if (!Character.isLetterOrDigit(text.charAt(from))) {
                continue;
            }
            for (int window = Math.max(2, length - 1); window <= length + 1 && from + window <= text.length(); window++) {
                int to = from + window;
                if (!Character.isLetterOrDigit(text.charAt(to - 1))
                        || (!form.hasDigit() && containsDigit(text, from, to))
                        || Math.abs(jamo.length(from, to) - form.jamo().length()) > form.maxEdits()
                        || text.regionMatches(from, form.text(), 0, length) && window == length) {
                    continue;
                }
                int edits = EditDistance.bounded(jamo.slice(from, to), form.jamo(), form.maxEdits());
                if (edits <= form.maxEdits()) {
                    out.add(new Candidate(from, to, form, edits));
                }
            }
        }
    }

    /** A digit is never a typo inside a name without digits (드립백3세트 is 드립백 + 3세트). */
    private static boolean containsDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The jamo of a text, decomposed once, with where each character's jamo start. */
    private static final class JamoIndex {
        private final String jamo;
        private final int[] start;

        JamoIndex(String text) {
            StringBuilder out = new StringBuilder(text.length() * 3);
            start = new int[text.length() + 1];
            for (int i = 0; i < text.length(); i++) {
                start[i] = out.length();
                HangulJamo.appendJamo(text.charAt(i), out);
            }
            start[text.length()] = out.length();
            jamo = out.toString();
        }

        int length(int from, int to) {
            return start[to] - start[from];
        }

        String slice(int from, int to) {
            return jamo.substring(start[from], start[to]);
        }
    }

}
