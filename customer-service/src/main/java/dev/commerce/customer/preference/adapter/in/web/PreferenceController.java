package dev.commerce.customer.preference.adapter.in.web;

import dev.commerce.customer.customer.application.CustomerQueryService;
import dev.commerce.customer.preference.application.PreferenceService;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "preferences")
class PreferenceController {

    private final CustomerQueryService customers;
    private final PreferenceService preferences;

    PreferenceController(CustomerQueryService customers, PreferenceService preferences) {
        this.customers = customers;
        this.preferences = preferences;
    }

    @GetMapping("/api/customers/{id}/preferences")
    PreferencesResponse preferences(@PathVariable long id) {
        customers.requireExists(id);
        return PreferencesResponse.from(preferences.ranked(id));
    }
}
