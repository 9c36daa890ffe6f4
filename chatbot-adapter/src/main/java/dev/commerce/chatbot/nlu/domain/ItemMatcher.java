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
 * syllables turns them into ordinary words.
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

    private record Form(String text, String jamo, String canonical, int maxEdits) {
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
        byText.put(text, new Form(text, jamo, canonical, maxEdits));
    }

    public int formCount() {
        return forms.size();
    }

    public List<EntityMention> find(NormalizedText utterance, List<EntityMention> taken) {
        NormalizedText compact = utterance.withoutWhitespace();
        List<Candidate> candidates = new ArrayList<>();
        String text = compact.text();
        for (Form form : forms) {
            collectExact(text, form, candidates);
            if (form.maxEdits() > 0) {
                collectFuzzy(text, form, candidates);
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
            boolean free = chosen.stream().noneMatch(m -> m.overlaps(start, end))
                    && taken.stream().noneMatch(m -> m.overlaps(start, end));
            if (free) {
                chosen.add(new EntityMention(EntityMention.ITEM, candidate.form().canonical(), start, end));
            }
        }
        chosen.sort(Comparator.comparingInt(EntityMention::start));
        return chosen;
    }

    private static void collectExact(String text, Form form, List<Candidate> out) {
        for (int at = text.indexOf(form.text()); at >= 0; at = text.indexOf(form.text(), at + 1)) {
            out.add(new Candidate(at, at + form.text().length(), form, 0));
        }
    }

    private static void collectFuzzy(String text, Form form, List<Candidate> out) {
        int length = form.text().length();
        for (int from = 0; from < text.length(); from++) {
            if (!Character.isLetterOrDigit(text.charAt(from))) {
                continue;
            }
            for (int window = Math.max(2, length - 1); window <= length + 1 && from + window <= text.length(); window++) {
                String slice = text.substring(from, from + window);
                if (slice.equals(form.text()) || !Character.isLetterOrDigit(slice.charAt(window - 1))) {
                    continue;
                }
                int edits = EditDistance.bounded(HangulJamo.decompose(slice), form.jamo(), form.maxEdits());
                if (edits <= form.maxEdits()) {
                    out.add(new Candidate(from, from + window, form, edits));
                }
            }
        }
    }

}
