package dev.commerce.customer.coupon.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.commerce.customer.coupon.domain.Coupon;
import dev.commerce.customer.coupon.domain.CouponCodes;
import dev.commerce.customer.coupon.domain.CouponIssuedEvent;
import dev.commerce.customer.coupon.domain.Validity;
import dev.commerce.customer.customer.application.CustomerQueryService;
import dev.commerce.customer.preference.domain.CategoryScore;
import dev.commerce.customer.shared.events.EventMetadata;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues at most one coupon per customer and campaign: a repeated request (a retried promotion, a double
 * click) gets the coupon that exists, and no second CouponIssued is published.
 */
@Service
public class CouponService {

    private static final int CODE_ATTEMPTS = 3;

    private final CouponStore coupons;
    private final CustomerQueryService customers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public CouponService(CouponStore coupons, CustomerQueryService customers, ApplicationEventPublisher events,
                         TransactionTemplate transaction, Clock clock) {
        this.coupons = coupons;
        this.customers = customers;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    public IssuedCoupon issue(IssueCouponCommand command) {
        customers.requireExists(command.customerId());
        LocalDate validUntil = Validity.resolve(command.validUntil(), command.validDays(), LocalDate.now(clock));
        String campaign = command.campaign().trim();
        var existing = coupons.findByCampaign(command.customerId(), campaign);
        if (existing.isPresent()) {
            return new IssuedCoupon(existing.get(), false);
        }
        var category = CategoryScore.normalise(command.category());
        for (int attempt = 1; ; attempt++) {
            var coupon = new Coupon(command.customerId(), CouponCodes.next(), campaign, command.discountPercent(),
                    category == null || category.isEmpty() ? null : category, validUntil, false, clock.instant());
            try {
                return transaction.execute(status -> insert(coupon, command.traceparent()));
            } catch (DataIntegrityViolationException e) {
                // either a concurrent request issued this campaign first, or (very rarely) the code was taken
                var raced = coupons.findByCampaign(command.customerId(), campaign);
                if (raced.isPresent()) {
                    return new IssuedCoupon(raced.get(), false);
                }
                if (attempt == CODE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public List<Coupon> list(long customerId, boolean usableOnly) {
        customers.requireExists(customerId);
        LocalDate today = LocalDate.now(clock);
        return coupons.list(customerId).stream().filter(coupon -> !usableOnly || coupon.isUsableOn(today)).toList();
    }

    private IssuedCoupon insert(Coupon coupon, String traceparent) {
        coupons.insert(coupon);
        events.publishEvent(CouponIssuedEvent.of(EventMetadata.create(clock, traceparent), coupon));
        return new IssuedCoupon(coupon, true);
    }
}
