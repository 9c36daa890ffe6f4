package dev.commerce.chatbot.conversation.adapter.out.client;

import dev.commerce.chatbot.conversation.application.CustomerDirectory;
import dev.commerce.chatbot.conversation.domain.CustomerLink;
import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** customer-service lookup: 404 means "not linked"; any other failure means "cannot tell right now". */
public class CustomerDirectoryAdapter implements CustomerDirectory {

    private static final Logger log = LoggerFactory.getLogger(CustomerDirectoryAdapter.class);

    private final CustomerServiceClient client;

    public CustomerDirectoryAdapter(CustomerServiceClient client) {
        this.client = client;
    }

    @Override
    public CustomerLink findByUserKey(String userKey) {
        try {
            CustomerResponse customer = client.findByKakaoUserKey(userKey);
            return customer == null || customer.id() == null ? CustomerLink.unlinked() : CustomerLink.linked(customer.id());
        } catch (FeignException.NotFound e) {
            return CustomerLink.unlinked();
        } catch (RuntimeException e) {
            log.warn("customer-service lookup failed, continuing without a customer: {}", e.toString());
            return CustomerLink.unknown();
        }
    }
}
