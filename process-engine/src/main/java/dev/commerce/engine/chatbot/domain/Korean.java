package dev.commerce.engine.chatbot.domain;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers for natural Korean replies: particles that follow the last syllable, won, points, dates. */
public final class Korean {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M월 d일 HH:mm", Locale.KOREAN);
  private static final String DIGITS_WITH_FINAL_CONSONANT = "013678";

  private Korean() {
  }

  /** 은/는: "아메리카노는", "녹차라떼는", "콜드브루는", "하우스 블렌드 원두 1kg은(는)". */
  public static String topic(String word) {
    return word + particle(word, "은", "는");
  }

  /** 이/가. */
  public static String subject(String word) {
    return word + particle(word, "이", "가");
  }

  /** 을/를. */
  public static String object(String word) {
    return word + particle(word, "을", "를");
  }

  /** 이에요/예요: "배송 중이에요", "12,000원이에요", "커피예요"; after Latin letters the safer "이에요". */
  public static String copula(String word) {
    Boolean coda = hasFinalConsonant(word);
    return word + (Boolean.FALSE.equals(coda) ? "예요" : "이에요");
  }

  public static String won(long amount) {
    return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + "원";
  }

  public static String points(long amount) {
    return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + "P";
  }

  public static String count(long amount) {
    return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
  }

  /** "11월 21일 14:05" in Korean time; the raw text when it is not an ISO instant. */
  public static String dayTime(String isoInstant) {
    if (isoInstant == null || isoInstant.isBlank()) {
      return "";
    }
    try {
      return DAY_TIME.format(Instant.parse(isoInstant).atZone(SEOUL));
    } catch (java.time.format.DateTimeParseException e) {
      return isoInstant;
    }
  }

  private static String particle(String word, String afterConsonant, String afterVowel) {
    Boolean coda = hasFinalConsonant(word);
    if (coda == null) {
      return afterConsonant + "(" + afterVowel + ")";
    }
    return coda ? afterConsonant : afterVowel;
  }

  /** Whether the last character is read with a final consonant; null when that cannot be told (Latin letters). */
  static Boolean hasFinalConsonant(String word) {
    String trimmed = word == null ? "" : word.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    if (last >= 0xAC00 && last <= 0xD7A3) {
      return (last - 0xAC00) % 28 != 0;
    }
    if (Character.isDigit(last)) {
      return DIGITS_WITH_FINAL_CONSONANT.indexOf(last) >= 0;
    }
    return null;
  }
}
