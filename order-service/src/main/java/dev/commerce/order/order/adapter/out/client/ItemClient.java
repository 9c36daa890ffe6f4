package dev.commerce.order.order.adapter.out.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "item-service", configuration = DownstreamClientConfiguration.class)
interface ItemClient {

    @PostMapping(path = "/api/reservations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse reserve(@RequestBody ReservationRequest request);

    @DeleteMapping("/api/reservations/{orderNumber}")
    void release(@PathVariable("orderNumber") String orderNumber);
}
