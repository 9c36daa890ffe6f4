package dev.commerce.gateway.security;

import static dev.commerce.gateway.security.Roles.ANY;
import static dev.commerce.gateway.security.Roles.STAFF;

import dev.commerce.gateway.problem.Problems;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Three filter chains: the engine's own UI and REST API pass through untouched (Camunda authenticates them),
 * docs and probes are public, and everything else is the JWT-protected API with the role matrix of the README.
 * Ownership (a customer sees only their own data) is enforced by the route filters of the {@code ownership} package.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityWebFilterChain engineChain(ServerHttpSecurity http) {
        return stateless(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/camunda", "/camunda/**", "/engine-rest/**"))
                .authorizeExchange(exchange -> exchange.anyExchange().permitAll())
                .headers(headers -> headers.frameOptions(frame -> frame.mode(Mode.SAMEORIGIN)).cache(cache -> cache.disable()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain publicChain(ServerHttpSecurity http) {
        return stateless(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/**", "/v3/api-docs/**",
                        "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/docs/**"))
                .authorizeExchange(exchange -> exchange
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http, Problems problems, GatewaySecurityProperties properties) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        return stateless(http)
                .cors(cors -> cors.configurationSource(cors(properties.allowedOrigins())))
                .authorizeExchange(SecurityConfig::roleMatrix)
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRolesConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterAfter(new CallerRecorder(), SecurityWebFiltersOrder.SECURITY_CONTEXT_SERVER_WEB_EXCHANGE)
                .build();
    }

    /** The role matrix; keep it in step with the table in README.md. */
    static void roleMatrix(AuthorizeExchangeSpec rules) {
        rules
                .pathMatchers("/fallback/**").denyAll()
                .pathMatchers("/kakao/**").permitAll()
                .pathMatchers(HttpMethod.GET, "/api/items", "/api/items/**").permitAll()
                .pathMatchers("/api/items", "/api/items/**").hasAnyRole(STAFF)
                .pathMatchers("/api/reservations", "/api/reservations/**").hasAnyRole(STAFF)
                .pathMatchers("/api/nlu/**").hasAnyRole(STAFF)
                .pathMatchers("/api/promotions", "/api/promotions/**").hasAnyRole(STAFF)
                .pathMatchers(HttpMethod.POST, "/api/processes/stock-lookup").hasAnyRole(ANY)
                .pathMatchers("/api/processes/**").hasAnyRole(STAFF)
                .pathMatchers(HttpMethod.POST, "/api/orders/*/delivery-events").hasAnyRole(STAFF)
                .pathMatchers("/api/orders", "/api/orders/**").hasAnyRole(ANY)
                .pathMatchers(HttpMethod.GET, "/api/customers/me", "/api/customers/me/**", "/api/customers/*",
                        "/api/customers/*/points", "/api/customers/*/coupons").hasAnyRole(ANY)
                .pathMatchers("/api/customers", "/api/customers/**").hasAnyRole(STAFF)
                .anyExchange().authenticated();
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> allowedOrigins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(
                List.of("Authorization", "Content-Type", "X-Request-Id", "traceparent", "Idempotency-Key"));
        configuration.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "X-RateLimit-Remaining", "Location"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }
}
