package dev.commerce.engine.catalog.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two item names are, 0..1: Dice coefficient over character bigrams of the names without spaces.
 * Works for Korean names and typos ("아메리까노" vs "아메리카노" = 0.5) without a dictionary; a name contained in
 * the other counts as a strong match ("라떼" in "카페라떼").
 */
public final class NameSimilarity {

  private NameSimilarity() {
  }

  public static String normalize(String name) {
    return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  public static boolean sameName(String a, String b) {
    return !normalize(a).isEmpty() && normalize(a).equals(normalize(b));
  }

  public static boolean partialMatch(String query, String name) {
    String q = normalize(query);
    String n = normalize(name);
    return !q.isEmpty() && !n.isEmpty() && (n.contains(q) || q.contains(n));
  }

  public static double score(String query, String name) {
    String q = normalize(query);
    String n = normalize(name);
    if (q.isEmpty() || n.isEmpty()) {
      return 0;
    }
    if (q.equals(n)) {
      return 1;
    }
    if (n.contains(q) || q.contains(n)) {
      return 0.9 * Math.min(q.length(), n.length()) / Math.max(q.length(), n.length()) + 0.1;
    }
    Set<String> a = bigrams(q);
    Set<String> b = bigrams(n);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return 2.0 * common.size() / (a.size() + b.size());
  }

  private static Set<String> bigrams(String s) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 2 <= s.length(); i++) {
      grams.add(s.substring(i, i + 2));
    }
    return grams;
  }
}
