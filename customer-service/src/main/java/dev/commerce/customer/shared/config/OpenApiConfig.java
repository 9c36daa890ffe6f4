package dev.commerce.customer.shared.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI customerServiceApi() {
        return new OpenAPI().info(new Info()
                .title("customer-service")
                .version("v1")
                .description("Customers, Kakao user link, points ledger and grade, preferred categories, coupons. "
                        + "Errors are RFC 9457 application/problem+json."));
    }
}
