package dev.commerce.chatbot.conversation.adapter.out.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Camunda 7 REST API of the process engine (Basic authentication, see {@link ProcessEngineClientConfiguration}). */
@FeignClient(name = "process-engine", configuration = ProcessEngineClientConfiguration.class)
public interface ProcessEngineClient {

    @PostMapping(value = "/engine-rest/message", consumes = MediaType.APPLICATION_JSON_VALUE)
    void correlate(@RequestBody MessageCorrelationRequest request);
}
