package dev.commerce.chatbot.kakao.application;

import dev.commerce.chatbot.kakao.domain.SkillResponse;

/** Posts a skill response to a Kakao callback URL, asynchronously, once (the URL is single-use). */
public interface CallbackSender {

    void send(String callbackUrl, SkillResponse response);
}
