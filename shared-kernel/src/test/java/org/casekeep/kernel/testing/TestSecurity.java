package org.casekeep.kernel.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The shape of the platform's security for a module's own tests, without Keycloak: every request must be signed in
 * ({@link SignedIn}) except on the public pages; the API ({@code /api/**}) is stateless and needs no CSRF token, as under the platform's resource
 * server; pages keep their session and CSRF protection. Steps aside when the application under test has its own
 * filter chain (the platform's).
 */
@AutoConfiguration(before = ServletWebSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnMissingBean(SecurityFilterChain.class)
public class TestSecurity {

	/**
	 * The public pages ({@code /public/**}), as the platform's own chain serves them: open to anyone, nobody signed in
	 * there (no security context kept), no request saved, CSRF tokens on forms.
	 */
	@Bean
	@org.springframework.core.annotation.Order(0)
	SecurityFilterChain testPublicSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/public/**", "/public")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.securityContextRepository(
					new org.springframework.security.web.context.NullSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.principal("public"))
			.build();
	}

	@Bean
	@org.springframework.core.annotation.Order(1)
	SecurityFilterChain testApiSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@org.springframework.core.annotation.Order(2)
	SecurityFilterChain testPageSecurity(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
	}
}
