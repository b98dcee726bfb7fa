package org.casekeep.kernel.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The error dispatch ({@link ErrorPages}) renders an answer and needs nothing of the request's body. Without this,
 * anything on the way that asks for a parameter (security filters, request mappings with parameter conditions) makes
 * the container read the body again, and the body of a request refused for its size fails to parse a second time:
 * the container would then answer with its own page instead of a problem document. Here the body is hidden: the
 * request has no content type, no content and only the parameters of its query string.
 */
@Configuration(proxyBeanMethods = false)
class ErrorDispatchWithoutBody {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> bodilessErrorDispatch() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilterErrorDispatch() {
				return false;
			}

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return request.getDispatcherType() != DispatcherType.ERROR;
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(new BodilessRequest(request), response);
			}
		});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static final class BodilessRequest extends HttpServletRequestWrapper {

		private final Map<String, List<String>> query;

		BodilessRequest(HttpServletRequest request) {
			super(request);
			String queryString = request.getQueryString();
			this.query = queryString == null ? Map.of()
					: UriComponentsBuilder.newInstance().query(queryString).build().getQueryParams();
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw new IOException("The error dispatch does not read the request's body");
		}

		@Override
		public @Nullable String getParameter(String name) {
			List<String> values = query.get(name);
			return values == null || values.isEmpty() ? null : values.getFirst();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> map = new java.util.LinkedHashMap<>();
			query.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
			return Collections.unmodifiableMap(map);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(query.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			List<String> values = query.get(name);
			return values == null ? null : values.toArray(String[]::new);
		}
	}
}
