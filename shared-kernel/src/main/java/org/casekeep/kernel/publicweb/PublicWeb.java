package org.casekeep.kernel.publicweb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The public pages' languages: English and Spanish (DESIGN: public pages). A page under {@value #PREFIX} is shown in
 * the language chosen with {@code ?lang=es} or {@code ?lang=en} (kept in a cookie that holds nothing else), else the
 * browser's preferred one of the two, else English. Staff pages stay English whatever the browser says, so their
 * dates and labels read the same for every user.
 * <p>
 * The texts are message bundles {@code messages/<name>.properties} (and {@code _es}) of any jar: the kernel's
 * {@code messages/public} for the shell, each module its own, found on the class path at start.
 */
@Configuration(proxyBeanMethods = false)
public class PublicWeb implements WebMvcConfigurer {

	/** Where the public pages live. */
	public static final String PREFIX = "/public";

	/** The path patterns of the public pages. */
	public static final String PATTERN = PREFIX + "/**";

	public static final Locale SPANISH = Locale.forLanguageTag("es");

	/** The languages of the public pages, the first the default. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, SPANISH);

	static final String COOKIE = "casekeep-lang";

	/** Whether the request is for a public page. */
	public static boolean isPublic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PublicLocales();
	}

	/** Every {@code messages/*.properties} on the class path, in UTF-8; a missing text is an error, not English. */
	@Bean
	MessageSource messageSource() {
		Set<String> basenames = new LinkedHashSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
					"classpath*:messages/*.properties")) {
				String name = resource.getFilename();
				if (name != null && !name.contains("_")) {
					basenames.add("messages/" + name.substring(0, name.length() - ".properties".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames.toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).addPathPatterns(PREFIX, PATTERN);
	}

	/** English or Spanish on the public pages, English elsewhere. */
	static final class PublicLocales implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (!isPublic(request)) {
				return Locale.ENGLISH;
			}
			Object chosen = request.getAttribute(COOKIE);
			if (chosen instanceof Locale locale) {
				return locale;
			}
			if (request.getCookies() != null) {
				for (Cookie cookie : request.getCookies()) {
					Locale supported = supported(cookie.getValue());
					if (COOKIE.equals(cookie.getName()) && supported != null) {
						return supported;
					}
				}
			}
			for (java.util.Enumeration<Locale> preferred = request.getLocales(); preferred.hasMoreElements();) {
				Locale supported = supported(preferred.nextElement().getLanguage());
				if (supported != null) {
					return supported;
				}
			}
			return Locale.ENGLISH;
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			Locale supported = locale == null ? null : supported(locale.getLanguage());
			if (supported == null || response == null) {
				return;
			}
			request.setAttribute(COOKIE, supported);
			Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
			cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setMaxAge(60 * 60 * 24 * 365);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}

		private static @Nullable Locale supported(@Nullable String language) {
			return LANGUAGES.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(language)).findFirst()
				.orElse(null);
		}
	}
}
