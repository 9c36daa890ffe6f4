package dev.commerce.chatbot.conversation.adapter.out.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "customer-service")
public interface CustomerServiceClient {

    @GetMapping("/api/customers/by-kakao/{botUserKey}")
    CustomerResponse findByKakaoUserKey(@PathVariable("botUserKey") String botUserKey);
}
