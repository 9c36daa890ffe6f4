package dev.commerce.item.shared.tx;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs short write transactions at READ COMMITTED, which keeps InnoDB from taking gap locks on lookups of
 * absent keys, and retries the rare deadlock or lock timeout the database reports for them.
 */
@Component
public class Transactions {

    private static final Logger log = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 3;

    private final TransactionTemplate template;

    public Transactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
        this.template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    public <T> T write(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (ConcurrencyFailureException transientFailure) {
                if (attempt == ATTEMPTS) {
                    throw transientFailure;
                }
                log.info("Retrying after a transient database conflict (attempt {}): {}", attempt,
                        transientFailure.getMessage());
            }
        }
    }
}
