package dev.commerce.chatbot.nlu.adapter.out.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "item-service")
public interface ItemServiceClient {

    @GetMapping("/api/items")
    ItemPageResponse items(@RequestParam("page") int page, @RequestParam("size") int size);
}
