package dev.commerce.chatbot.kakao.domain;

/**
 * Limits of Kakao i Open Builder skill responses (version 2.0), from Kakao's "응답 타입별 JSON 포맷" and
 * "AI 챗봇 콜백 개발 가이드" (kakaobusiness.gitbook.io/main/tool/chatbot/skill_guide). Where Kakao documents
 * no limit, the value is our own conservative choice and says so.
 */
public final class KakaoLimits {

    /** SkillTemplate.outputs: 1 to 3 components. */
    public static final int MAX_OUTPUTS = 3;
    /** SkillTemplate.quickReplies: at most 10. */
    public static final int MAX_QUICK_REPLIES = 10;
    /** SimpleText.text: 1000 characters (past 500 the client folds the rest behind "전체 보기"). */
    public static final int SIMPLE_TEXT = 1000;
    /** BasicCard.title: 50 characters. */
    public static final int BASIC_CARD_TITLE = 50;
    /** BasicCard.description: 230 characters. */
    public static final int BASIC_CARD_DESCRIPTION = 230;
    /** TextCard.title: 50 characters. */
    public static final int TEXT_CARD_TITLE = 50;
    /** TextCard (single): title and description together show at most 400 characters. */
    public static final int TEXT_CARD_TOTAL = 400;
    /** Card buttons: at most 3 in the default vertical layout (2 when horizontal; we never use horizontal). */
    public static final int CARD_BUTTONS = 3;
    /** ListCard.items: at most 5 (4 in a carousel; we never use list carousels). */
    public static final int LIST_ITEMS = 5;
    /** ListCard.buttons: 3 vertical per the current guide, 2 in older versions of it; we keep to 2. */
    public static final int LIST_BUTTONS = 2;
    /** Button.label: 14 characters (8 when two buttons sit side by side). */
    public static final int BUTTON_LABEL = 14;
    /** QuickReply.label: no documented limit; we apply the button label's 14. */
    public static final int QUICK_REPLY_LABEL = 14;
    /** ListCard header/item titles: no documented limit; ours, to keep one line per item. */
    public static final int LIST_TITLE = 50;
    /** ListCard item descriptions: no documented limit; ours. */
    public static final int LIST_DESCRIPTION = 100;
    /** messageText sent back as the user's utterance: no documented limit; ours, the simpleText size. */
    public static final int MESSAGE_TEXT = 1000;

    private KakaoLimits() {
    }
}
