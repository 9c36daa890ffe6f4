package dev.commerce.chatbot.nlu.adapter.in.web;

import dev.commerce.chatbot.nlu.application.NluService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NluController {

    private final NluService nlu;

    public NluController(NluService nlu) {
        this.nlu = nlu;
    }

    @Operation(summary = "Intent, entities (with offsets into the text) and intent ranking of a Korean utterance")
    @PostMapping("/api/nlu/parse")
    public ParseResponse parse(@Valid @RequestBody ParseRequest request) {
        return ParseResponse.of(nlu.parse(request.text()));
    }
}
