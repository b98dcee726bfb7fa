package org.casekeep.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

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
 * <li>{@code navigation}: the primary navigation items the actor's roles can use, with the current one marked.
 * </ul>
 * Deliberately not restricted by {@code basePackages}: page controllers live in every module
 * ({@code org.casekeep.crm.web}, ...). The navigation only hides what a user cannot use; access itself is enforced by
 * the security configuration and the application services (deny by default).
 * <p>
 * {@code @ModelAttribute} methods do not run for {@code @ExceptionHandler} methods, so an error page rendered by one
 * (for example {@code error/403}) would lose the header. The layout therefore falls back to this bean, by its name
 * {@value #BEAN_NAME}: {@code ${@shellModel.currentActor()}} and {@code ${@shellModel.currentNavigation()}}.
 */
@ControllerAdvice(name = ShellModelAdvice.BEAN_NAME)
public class ShellModelAdvice {

	/** The bean name the layout uses for its fallback. */
	public static final String BEAN_NAME = "shellModel";

	/**
	 * The areas of Casekeep shown in the primary navigation and as cards on the home page, with the roles that may use
	 * each one.
	 */
	public enum Area {

		CRM("CRM", "Stakeholder CRM", "/crm/individuals", "/crm", true,
				"Find and keep up to date the individuals and organizations your office works with on outreach.",
				actor -> actor.hasRole("crm_user")),

		CORRESPONDENCE("Correspondence", "Correspondence and taskers", "/correspondence", "/correspondence", true,
				"Track incoming correspondence and the taskers that assign offices to answer it.",
				actor -> actor.hasAnyRole("exec_sec", "action_officer")),

		RESEARCH("Research", "Customer research", "/research", "/research", false,
				"Run surveys, interviews and focus groups, and recruit the people who take part.",
				actor -> actor.hasAnyRole("researcher", "research_approver")),

		OMBUDSMAN("Ombudsman", "Immigration detention ombudsman", "/ombudsman", "/ombudsman", false,
				"Handle complaints about immigration detention, investigations and facility inspections.",
				actor -> actor.roles().stream().anyMatch(role -> role.startsWith("oido_"))),

		PRIVACY("Privacy", "Privacy office", "/privacy", "/privacy", true,
				"Review the data inventory, the audit trail, retention and the accounting of disclosures.",
				// Those who account for disclosures (Executive Secretariat, CRM and OIDO approvers) reach the form here.
				actor -> actor.hasAnyRole("privacy_officer", "chief_privacy_officer", "isso", "platform_admin",
						"exec_sec", "crm_admin", "oido_manager"));

		private final String label;

		private final String title;

		private final String href;

		private final String pathPrefix;

		private final boolean available;

		private final String summary;

		private final Predicate<Actor> usableBy;

		Area(String label, String title, String href, String pathPrefix, boolean available, String summary,
				Predicate<Actor> usableBy) {
			this.label = label;
			this.title = title;
			this.href = href;
			this.pathPrefix = pathPrefix;
			this.available = available;
			this.summary = summary;
			this.usableBy = usableBy;
		}

		/** Short name for the navigation bar. */
		public String getLabel() {
			return label;
		}

		/** Longer name for headings and cards. */
		public String getTitle() {
			return title;
		}

		/** Where the navigation link goes (application-relative). */
		public String getHref() {
			return href;
		}

		/** {@literal false} while the module is not built yet: its page only says what it will do. */
		public boolean isAvailable() {
			return available;
		}

		/** One sentence for the home page card. */
		public String getSummary() {
			return summary;
		}

		public boolean isUsableBy(@Nullable Actor actor) {
			return actor != null && usableBy.test(actor);
		}

		/** Whether an application-relative path belongs to this area. */
		public boolean contains(String path) {
			return path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
		}

		/** The areas the actor's roles can use, in navigation order; empty for {@literal null}. */
		public static List<Area> usableBy(@Nullable Actor actor) {
			return Arrays.stream(values()).filter(area -> area.isUsableBy(actor)).toList();
		}
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

	@ModelAttribute("actor")
	public @Nullable Actor actor() {
		return Actors.current().orElse(null);
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

	/** The navigation for an actor on a page; public so that tests and other shells can reuse it. */
	public static Navigation navigationFor(@Nullable Actor actor, String path) {
		return new Navigation(Area.usableBy(actor).stream()
			.map(area -> new NavItem(area.getLabel(), area.getHref(), area.contains(path)))
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
