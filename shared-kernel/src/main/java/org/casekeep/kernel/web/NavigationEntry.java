package org.casekeep.kernel.web;

import java.util.Objects;
import java.util.function.Predicate;

import org.casekeep.kernel.access.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One area of Casekeep in the primary navigation and on the home page, contributed by the module that owns it as a
 * bean. The shell knows no module: it shows the entries whose {@link #usableBy} accepts the signed-in actor, in
 * {@link #order}. An entry only hides what a user cannot use; access itself is decided by the module's services.
 *
 * @param order where the entry stands in the navigation, lowest first.
 * @param label the short name in the navigation bar, e.g. {@code CRM}.
 * @param title the longer name for headings and home-page cards.
 * @param href where the link goes (application-relative).
 * @param pathPrefix the paths that belong to the area, e.g. {@code /crm}.
 * @param summary one sentence for the home-page card.
 * @param available {@literal false} while the module is not built yet: its page only says what it will do.
 * @param usableBy who may use the area, by the module's own role names.
 */
public record NavigationEntry(int order, String label, String title, String href, String pathPrefix, String summary,
		boolean available, Predicate<Actor> usableBy) {

	public NavigationEntry {
		Objects.requireNonNull(label, "label must not be null");
		Objects.requireNonNull(href, "href must not be null");
		Objects.requireNonNull(pathPrefix, "pathPrefix must not be null");
		Objects.requireNonNull(usableBy, "usableBy must not be null");
	}

	public boolean isUsableBy(@Nullable Actor actor) {
		return actor != null && usableBy.test(actor);
	}

	/** Whether an application-relative path belongs to this area. */
	public boolean contains(String path) {
		return path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
	}
}
