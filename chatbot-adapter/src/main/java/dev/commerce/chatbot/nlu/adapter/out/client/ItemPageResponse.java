package dev.commerce.chatbot.nlu.adapter.out.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code {"content":[{id, sku, name, ...}], "page":{size, number, totalElements, totalPages}}}; other fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemPageResponse(List<Item> content, Page page) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(Long id, String sku, String name, String category) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(Integer size, Integer number, Long totalElements, Integer totalPages) {
    }
}
