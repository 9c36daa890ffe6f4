package dev.commerce.chatbot.nlu.adapter.out.client;

import dev.commerce.chatbot.nlu.application.CatalogueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads every item name from item-service, 100 per page (at most {@code maxPages} pages). */
public class ItemCatalogueSource implements CatalogueSource {

    private static final int PAGE_SIZE = 100;

    private final ItemServiceClient client;
    private final int maxPages;

    public ItemCatalogueSource(ItemServiceClient client, int maxPages) {
        this.client = client;
        this.maxPages = maxPages;
    }

    @Override
    public List<String> fetchItemNames() {
        List<String> names = new ArrayList<>();
        for (int page = 0; page < maxPages; page++) {
            ItemPageResponse response = client.items(page, PAGE_SIZE);
            if (response == null || response.content() == null) {
                throw new IllegalStateException("item-service answered without a content list");
            }
            response.content().stream().map(ItemPageResponse.Item::name).filter(Objects::nonNull).forEach(names::add);
            boolean more = response.page() != null && response.page().totalPages() != null
                    && page + 1 < response.page().totalPages();
            if (!more) {
                break;
            }
        }
        return names;
    }
}
