package dev.commerce.item.catalog.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.commerce.item.catalog.domain.ItemChanges;

/** A full replacement of the changeable fields; the sku cannot be changed and is not accepted here. */
public record UpdateItemRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = ItemConstraints.CATEGORY, message = ItemConstraints.CATEGORY_MESSAGE) String category,
        @NotNull @PositiveOrZero @Max(ItemConstraints.MAX_PRICE) Long price,
        @NotNull @PositiveOrZero @Max(ItemConstraints.MAX_STOCK) Integer stock,
        @NotNull @PositiveOrZero @Max(ItemConstraints.MAX_POINTS) Integer points) {

    ItemChanges toChanges() {
        return new ItemChanges(name.strip(), category, price, stock, points);
    }
}
