package org.casekeep.correspondence.routing;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.directory.DepartmentUnits;
import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What the tasker forms offer as the user types an assignee (PIA "Receipt &amp; Assignment"): components and offices
 * from the reference data, and named experts from the directory who may answer taskers. Only the Executive
 * Secretariat, who assigns, may ask: the directory lists the Department's staff.
 */
@Service
public class AssigneeSuggestions {

	/**
	 * One choice.
	 *
	 * @param value what the assignee field takes ({@code ICE}, {@code ICE/Office of Policy}, {@code jdoe@ICE}).
	 * @param label the same for people.
	 */
	public record Suggestion(String value, String label) {
	}

	/**
	 * The choices for what was typed.
	 *
	 * @param directoryAvailable {@literal false} when the directory could not be asked: no named expert is offered.
	 */
	public record Suggestions(List<Suggestion> choices, boolean directoryAvailable) {
	}

	static final int MAX = 10;

	private final DepartmentUnits units;
	private final ObjectProvider<PeopleDirectory> directory;

	AssigneeSuggestions(DepartmentUnits units, ObjectProvider<PeopleDirectory> directory) {
		this.units = units;
		this.directory = directory;
	}

	/**
	 * Components, offices and named experts matching {@code typed}, at most {@value #MAX} of each kind.
	 *
	 * @throws AccessDeniedException for anyone but the Executive Secretariat of a component.
	 */
	public Suggestions suggest(String typed) {
		Actor actor = Actors.require();
		if (!actor.hasRole(OfficeRoles.EXEC_SEC) || actor.component() == null) {
			throw new AccessDeniedException("Only the Executive Secretariat assigns taskers");
		}
		String text = typed.strip();
		if (text.isEmpty()) {
			return new Suggestions(List.of(), true);
		}
		List<Suggestion> choices = new ArrayList<>();
		for (DepartmentUnits.Unit unit : units.search(text, MAX)) {
			choices.add(unit.office() == null ? new Suggestion(unit.component(), unit.component() + " — " + unit.name())
					: new Suggestion(unit.component() + "/" + unit.office(), unit.office() + " (" + unit.component() + ")"));
		}
		PeopleDirectory people = directory.getIfAvailable();
		if (people == null) {
			return new Suggestions(choices, false);
		}
		try {
			for (DirectoryPerson person : people.search(text, MAX)) {
				if (person.component() != null && person.hasAnyRole(AssignmentTargets.ANSWERING_ROLES)) {
					choices.add(new Suggestion(person.username() + "@" + person.component(),
							person.displayName() + " (" + person.username() + ", " + person.component() + ")"));
				}
			}
		}
		catch (DirectoryUnavailableException ex) {
			return new Suggestions(choices, false);
		}
		return new Suggestions(choices, true);
	}
}
