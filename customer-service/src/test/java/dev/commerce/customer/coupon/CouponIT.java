package dev.commerce.customer.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.TestCustomers;
import dev.commerce.customer.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CouponIT extends IntegrationTestBase {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");

    @Autowired
    private DataSource dataSource;

    @Test
    void issuingIsIdempotentPerCustomerAndCampaignAndPublishesCouponIssuedOnce() {
        long customer = TestCustomers.create(jdbc, 0);
        var request = Map.of("campaign", "WINTER-2026", "discountPercent", 15, "category", "Coffee", "validDays", 30);

        ResponseEntity<String> first = http.postForEntity("/api/customers/{id}/coupons", request, String.class,
                customer);
        ResponseEntity<String> second = http.postForEntity("/api/customers/{id}/coupons", request, String.class,
                customer);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode coupon = json(first.getBody());
        assertThat(coupon.properties()).extracting(Map.Entry::getKey)
                .containsExactly("code", "campaign", "discountPercent", "category", "validUntil", "used");
        assertThat(coupon.get("code").asText()).matches("CPN-[A-Z0-9]{8}");
        assertThat(coupon.get("campaign").asText()).isEqualTo("WINTER-2026");
        assertThat(coupon.get("discountPercent").asInt()).isEqualTo(15);
        assertThat(coupon.get("category").asText()).isEqualTo("coffee");
        assertThat(coupon.get("validUntil").asText()).isEqualTo(LocalDate.now(SHOP_ZONE).plusDays(30).toString());
        assertThat(coupon.get("used").asBoolean()).isFalse();
        assertThat(json(second.getBody())).isEqualTo(coupon);
        assertThat(couponRows(customer)).isEqualTo(1);
        String code = coupon.get("code").asText();
        assertThat(publicationsContaining(code)).isEqualTo(1);

        try (var customerEvents = kafka().collect(CUSTOMERS)) {
            var issued = json(customerEvents.awaitMatching(record -> record.value().contains(code), 1).get(0));
            assertThat(issued.get("type").asText()).isEqualTo("CouponIssued");
            assertThat(issued.get("subject").asText()).isEqualTo(String.valueOf(customer));
            assertThat(issued.at("/data/customerId").asLong()).isEqualTo(customer);
            assertThat(issued.at("/data/campaign").asText()).isEqualTo("WINTER-2026");
            assertThat(issued.at("/data/discountPercent").asInt()).isEqualTo(15);
            assertThat(issued.at("/data/category").asText()).isEqualTo("coffee");
            assertThat(issued.at("/data/validUntil").asText()).isEqualTo(coupon.get("validUntil").asText());
        }
    }

    @Test
    void concurrentRequestsForOneCampaignIssueOneCoupon() throws Exception {
        long customer = TestCustomers.create(jdbc, 0);
        var request = Map.of("campaign", "RACE", "discountPercent", 5, "validUntil",
                LocalDate.now(SHOP_ZONE).plusDays(3).toString());
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> http.postForEntity("/api/customers/{id}/coupons", request, String.class, customer));
            }
            List<ResponseEntity<String>> responses = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }

            assertThat(responses).extracting(ResponseEntity::getStatusCode)
                    .containsOnly(HttpStatus.CREATED, HttpStatus.OK)
                    .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(responses).extracting(response -> json(response.getBody()).get("code").asText())
                    .containsOnly(json(responses.get(0).getBody()).get("code").asText());
            assertThat(couponRows(customer)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listingShowsNewestFirstAndUsableFiltersUsedAndExpiredOnes() {
        long customer = TestCustomers.create(jdbc, 0);
        http.postForEntity("/api/customers/{id}/coupons", Map.of("campaign", "A", "discountPercent", 10,
                "validDays", 7), String.class, customer);
        http.postForEntity("/api/customers/{id}/coupons", Map.of("campaign", "B", "discountPercent", 20,
                "validDays", 7), String.class, customer);
        insertCoupon(customer, "CPN-EXPIRED1", "OLD", LocalDate.now(SHOP_ZONE).minusDays(1), false);
        insertCoupon(customer, "CPN-USED0001", "USED", LocalDate.now(SHOP_ZONE).plusDays(9), true);

        var all = json(http.getForObject("/api/customers/{id}/coupons", String.class, customer));
        var usable = json(http.getForObject("/api/customers/{id}/coupons?usable=true", String.class, customer));

        assertThat(all.findValuesAsText("campaign")).containsExactly("USED", "OLD", "B", "A");
        assertThat(usable.findValuesAsText("campaign")).containsExactly("B", "A");
    }

    private long couponRows(long customer) {
        return jdbc.sql("SELECT COUNT(*) FROM coupon WHERE customer_id = :id").param("id", customer)
                .query(Long.class).single();
    }

    private void insertCoupon(long customer, String code, String campaign, LocalDate validUntil, boolean used) {
        jdbc.sql("""
                INSERT INTO coupon (customer_id, code, campaign, discount_percent, category, valid_until, used, issued_at)
                VALUES (:customer, :code, :campaign, 10, NULL, :validUntil, :used, CURRENT_TIMESTAMP)""")
                .param("customer", customer).param("code", code).param("campaign", campaign)
                .param("validUntil", Date.valueOf(validUntil)).param("used", used).update();
    }

    /**
     * A customer's events go out in the order of their outbox ids, so every one of them is written under the
     * customer's points account lock: a coupon issue waits for a transaction that holds it.
     */
    @Test
    void aCouponIsWrittenToTheOutboxUnderTheCustomersAccountLock() throws Exception {
        assumeTrue(TestDatabase.main().mariadb(), "lock waits are read from MariaDB's information_schema");
        long customer = TestCustomers.create(jdbc, 0);
        var executor = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery(
                    "SELECT customer_id FROM points_account WHERE customer_id = " + customer + " FOR UPDATE");
            Future<ResponseEntity<String>> issue = executor.submit(() -> http.postForEntity(
                    "/api/customers/{id}/coupons", Map.of("campaign", "LOCKED", "discountPercent", 5, "validDays", 3),
                    String.class, customer));

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM information_schema.INNODB_TRX
                    WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE '%points_account%FOR UPDATE%'""")
                    .query(Long.class).single() == 1);
            assertThat(issue).isNotDone();
            holder.commit();
            assertThat(issue.get(30, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        } finally {
            executor.shutdownNow();
        }
    }

}
