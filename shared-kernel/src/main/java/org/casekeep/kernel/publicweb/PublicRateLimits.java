package org.casekeep.kernel.publicweb;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rate limits of the public pages, per client address: at most {@code casekeep.public.pages-per-minute} requests a
 * minute (default 120) and {@code casekeep.public.submissions-per-hour} form submissions (POST) an hour (default 20).
 * Beyond them the answer is 429 with {@code Retry-After} and a page saying when to try again, in the person's
 * language; nothing they sent is kept.
 * <p>
 * The client address is the request's remote address: behind a load balancer set
 * {@code server.forward-headers-strategy=native} so it is the person's, not the balancer's. The counts are kept per
 * instance, in fixed windows; with {@code n} instances a client may reach {@code n} times the limit, which a load
 * balancer's stickiness or its own limit bounds.
 */
@Configuration(proxyBeanMethods = false)
public class PublicRateLimits implements HandlerInterceptor, WebMvcConfigurer {

	/** Thrown when a client went over a limit; answered with 429 and the page {@code public/too-many}. */
	public static class Exceeded extends RuntimeException {

		private final Duration retryAfter;

		Exceeded(Duration retryAfter) {
			super("Too many requests", null, false, false);
			this.retryAfter = retryAfter;
		}

		public Duration retryAfter() {
			return retryAfter;
		}
	}

	/** Above this many clients tracked, windows that ended are dropped before a new client is counted. */
	static final int MAX_CLIENTS = 100_000;

	private final Window pages;
	private final Window submissions;

	PublicRateLimits(@Value("${casekeep.public.pages-per-minute:120}") int pagesPerMinute,
			@Value("${casekeep.public.submissions-per-hour:20}") int submissionsPerHour) {
		this.pages = new Window(pagesPerMinute, Duration.ofMinutes(1));
		this.submissions = new Window(submissionsPerHour, Duration.ofHours(1));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(PublicWeb.PREFIX, PublicWeb.PATTERN);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String client = request.getRemoteAddr();
		pages.count(client);
		if ("POST".equals(request.getMethod())) {
			submissions.count(client);
		}
		return true;
	}

	/** For tests: the clock of both windows. */
	void clock(Clock clock) {
		pages.clock = clock;
		submissions.clock = clock;
	}

	/** Fixed windows of one length, per client. */
	static final class Window {

		private record Count(long start, int requests) {
		}

		private final int limit;
		private final long length;
		private final Map<String, Count> counts = new ConcurrentHashMap<>();
		Clock clock = Clock.systemUTC();

		Window(int limit, Duration length) {
			this.limit = limit;
			this.length = length.toMillis();
		}

		/** Counts a request of the client. @throws Exceeded when over the limit of the current window. */
		void count(String client) {
			long now = clock.millis();
			if (counts.size() >= MAX_CLIENTS) {
				counts.values().removeIf(count -> now - count.start() >= length);
			}
			Count counted = counts.compute(client, (key, count) -> count == null || now - count.start() >= length
					? new Count(now, 1) : new Count(count.start(), count.requests() + 1));
			if (counted.requests() > limit) {
				throw new Exceeded(Duration.ofMillis(Math.max(1000, counted.start() + length - now)));
			}
		}
	}
}
