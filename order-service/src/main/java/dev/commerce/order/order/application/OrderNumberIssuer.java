package dev.commerce.order.order.application;

import dev.commerce.order.release.application.ReservationReleaser;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates the order number in its own short transaction, together with the release guard for the reservation
 * about to be made under it. The day's counter row is locked only for that transaction; two first-of-the-day
 * inserts or a lock timeout are retried with a fresh transaction.
 */
@Component
public class OrderNumberIssuer {

    private static final int MAX_TRIES = 10;

    private final OrderNumbers numbers;
    private final ReservationReleaser releaser;
    private final TransactionTemplate transaction;

    public OrderNumberIssuer(OrderNumbers numbers, ReservationReleaser releaser,
                             PlatformTransactionManager transactionManager) {
        this.numbers = numbers;
        this.releaser = releaser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // READ COMMITTED keeps InnoDB from taking gap locks on the counter index, which deadlock first inserts.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.transaction.setTimeout(5);
    }

    public String issue() {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    String orderNumber = numbers.next();
                    releaser.guard(orderNumber);
                    return orderNumber;
                });
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt >= MAX_TRIES) {
                    throw e;
                }
            }
        }
    }
}
