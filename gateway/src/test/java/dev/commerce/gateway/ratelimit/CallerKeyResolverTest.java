package dev.commerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

class CallerKeyResolverTest {

    private final CallerKeyResolver resolver = new CallerKeyResolver();
    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/items")
            .remoteAddress(new InetSocketAddress("203.0.113.7", 40000)));

    @Test
    void aTokenHolderIsLimitedAsTheSubjectWhateverTheAddress() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("4ea857ca")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(resolve(new JwtAuthenticationToken(jwt))).isEqualTo("user:4ea857ca");
    }

    @Test
    void anAnonymousCallerIsLimitedByAddress() {
        assertThat(resolve(null)).isEqualTo("ip:203.0.113.7");
        assertThat(resolve(new AnonymousAuthenticationToken("k", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))))).isEqualTo("ip:203.0.113.7");
    }

    private String resolve(Principal principal) {
        return resolver.resolve(exchange.mutate().principal(Mono.justOrEmpty(principal)).build()).block();
    }
}
