package org.casekeep.kernel.publicweb;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The filter chain of {@value PublicWeb#PATTERN}, the pages that face the internet without sign-in (complaint portal,
 * survey answers), in front of the platform's own chains and of the module tests'. Nobody is signed in there, even a
 * staff member with a session: the chain keeps no security context and saves no request, so a public page never
 * shows or uses a staff identity. Forms carry CSRF tokens (in the session, created only when a form is served);
 * nothing is cached; the Referer never leaves; forms post only to the application itself.
 */
@Configuration(proxyBeanMethods = false)
public class PublicWebSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PublicWeb.PATTERN, PublicWeb.PREFIX)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.principal("public"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}
}
