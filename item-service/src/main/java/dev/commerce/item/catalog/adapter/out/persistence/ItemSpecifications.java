package dev.commerce.item.catalog.adapter.out.persistence;

import org.springframework.data.jpa.domain.Specification;

import dev.commerce.item.catalog.domain.ItemQuery;

final class ItemSpecifications {

    private static final char ESCAPE = '!';

    private ItemSpecifications() {
    }

    static Specification<ItemEntity> matching(ItemQuery query) {
        return (root, criteria, builder) -> {
            var predicate = builder.conjunction();
            if (query.category() != null) {
                predicate = builder.and(predicate, builder.equal(builder.lower(root.get("category")), query.category()));
            }
            if (query.name() != null) {
                var compactName = builder.lower(builder.function("replace", String.class,
                        root.get("name"), builder.literal(" "), builder.literal("")));
                predicate = builder.and(predicate, builder.like(compactName, "%" + escape(query.name()) + "%", ESCAPE));
            }
            return predicate;
        };
    }

    /** The user's text is a literal: % and _ must not act as wildcards. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
