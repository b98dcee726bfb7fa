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
 * ({@link SignedIn}); the API ({@code /api/**}) is stateless and needs no CSRF token, as under the platform's resource
 * server; pages keep their session and CSRF protection; the public pages get the kernel's own chain
 * ({@link org.casekeep.kernel.publicweb.PublicWebSecurity}), as in the application. Steps aside when the application
 * under test has its own page chain (the platform's {@code webChain}).
 */
@AutoConfiguration(before = ServletWebSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnMissingBean(name = "webChain")
public class TestSecurity {

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
