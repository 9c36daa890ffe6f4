package dev.commerce.order.order.adapter.out.client;

import dev.commerce.order.order.application.CustomerDirectory;
import dev.commerce.order.order.application.DownstreamUnavailableException;
import org.springframework.stereotype.Component;

@Component
class FeignCustomerDirectory implements CustomerDirectory {

    private static final String SERVICE = "customer-service";

    private final CustomerClient client;

    FeignCustomerDirectory(CustomerClient client) {
        this.client = client;
    }

    @Override
    public boolean exists(long customerId) {
        try {
            return DownstreamCall.call(SERVICE, () -> client.findCustomer(customerId)).isPresent();
        } catch (DownstreamProblemException e) {
            // Any other 4xx to a plain lookup means a broken contract or setup, not a missing customer.
            throw new DownstreamUnavailableException(SERVICE,
                    SERVICE + " refused the customer lookup (HTTP " + e.status() + ").", false, e);
        }
    }
}
