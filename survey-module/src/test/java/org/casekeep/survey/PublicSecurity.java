package org.casekeep.survey;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * The kernel's test security with the platform's public chain in front: {@code /public/**} without sign-in, no
 * security context kept, CSRF on (as the platform's), for the tests of customer research's public pages. Defining a
 * chain makes the kernel's {@code TestSecurity} step aside, so its two chains are repeated here.
 */
@TestConfiguration(proxyBeanMethods = false)
class PublicSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain testPublicSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/public/**", "/public")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.principal("public"))
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain testApiSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain testPageSecurity(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
	}
}
