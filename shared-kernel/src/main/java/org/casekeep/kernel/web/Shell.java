package org.casekeep.kernel.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds what the page shell ({@code templates/layout.html}) needs to the model of every controller of every module:
 * <ul>
 * <li>{@code actor}: the signed-in {@link Actor}, or {@literal null} (for example on an error page shown before login);
 * <li>{@code navigation}: the areas the actor's roles can use, from the {@link NavigationEntry} beans the modules
 * contribute, with the current one marked;
 * <li>{@code times}: the {@link PageTimes} every page writes its dates and times with, {@code ${times.instant(x)}}
 * (a model attribute rather than a bean reference, because Thymeleaf refuses {@code @bean} in fragment arguments).
 * </ul>
 * Deliberately not restricted by {@code basePackages}: page controllers live in every module. The navigation only
 * hides what a user cannot use; access itself is enforced by the security configuration and the application services
 * (deny by default).
 * <p>
 * {@code @ModelAttribute} methods do not run for {@code @ExceptionHandler} methods, so an error page rendered by one
 * (for example {@code error/403}) would lose the header. The layout therefore falls back to this bean, by its name
 * {@value #BEAN_NAME}: {@code ${@shellModel.currentActor()}} and {@code ${@shellModel.currentNavigation()}}.
 */
@ControllerAdvice(name = Shell.BEAN_NAME)
public class Shell {

	/** The bean name the layout uses for its fallback. */
	public static final String BEAN_NAME = "shellModel";

	private final List<NavigationEntry> entries;

	private final PageTimes times;

	public Shell(List<NavigationEntry> entries, PageTimes times) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
		this.times = times;
	}

	/** One primary navigation link. */
	public record NavItem(String label, String href, boolean current) {
	}

	/** The primary navigation of the shell: only the areas the current user can use. */
	public record Navigation(List<NavItem> items) {

		public Navigation {
			items = List.copyOf(items);
		}

		public boolean isEmpty() {
			return items.isEmpty();
		}
	}

	/** The areas the actor's roles can use, in navigation order; empty for {@literal null}. */
	public List<NavigationEntry> areasFor(@Nullable Actor actor) {
		return entries.stream().filter(entry -> entry.isUsableBy(actor)).toList();
	}

	@ModelAttribute("actor")
	public @Nullable Actor actor() {
		return Actors.current().orElse(null);
	}

	@ModelAttribute("times")
	public PageTimes times() {
		return times;
	}

	@ModelAttribute("navigation")
	public Navigation navigation(HttpServletRequest request) {
		return navigationFor(Actors.current().orElse(null), pathWithinApplication(request));
	}

	/** The signed-in actor, or {@literal null}; for templates whose model lacks {@code actor}. */
	public @Nullable Actor currentActor() {
		return Actors.current().orElse(null);
	}

	/** The navigation of the current request; for templates whose model lacks {@code navigation}. */
	public Navigation currentNavigation() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		String path = attributes instanceof ServletRequestAttributes servlet
				? pathWithinApplication(servlet.getRequest()) : "/";
		return navigationFor(currentActor(), path);
	}

	/** The navigation for an actor on a page. */
	public Navigation navigationFor(@Nullable Actor actor, String path) {
		return new Navigation(areasFor(actor).stream()
			.map(area -> new NavItem(area.label(), area.href(), area.contains(path)))
			.toList());
	}

	static String pathWithinApplication(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		if (uri == null) {
			return "/";
		}
		if (contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		return uri.isEmpty() ? "/" : uri;
	}
}
