package dev.commerce.item.catalog.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.commerce.item.catalog.application.CatalogService;
import dev.commerce.item.catalog.domain.ItemQuery;

@RestController
@RequestMapping("/api/items")
class ItemController {

    private final CatalogService catalog;

    ItemController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PagedModel<ItemResponse> search(@RequestParam(required = false) @Size(max = 100) String name,
            @RequestParam(required = false) @Size(max = 40) String category,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new PagedModel<>(catalog.search(new ItemQuery(name, category), page, size).map(ItemResponse::of));
    }

    @GetMapping("/{id}")
    ItemResponse get(@PathVariable long id) {
        return ItemResponse.of(catalog.get(id));
    }

    @GetMapping("/by-sku/{sku}")
    ItemResponse getBySku(@PathVariable String sku) {
        return ItemResponse.of(catalog.getBySku(sku));
    }

    @PostMapping
    ResponseEntity<ItemResponse> create(@Valid @RequestBody CreateItemRequest request) {
        var created = ItemResponse.of(catalog.create(request.toDraft()));
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    ItemResponse update(@PathVariable long id, @Valid @RequestBody UpdateItemRequest request) {
        return ItemResponse.of(catalog.update(id, request.toChanges()));
    }
}
