package org.casekeep.correspondence.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.directory.DepartmentUnits;
import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.ComponentCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Validates submitted assignees, naming the offending field ({@code assignees[1].component}): each must exist (PIA
 * "Receipt &amp; Assignment": a tasker goes to components, offices and named subject matter experts of the
 * Department). Components and offices are the kernel's reference data; a named expert must be a person of the
 * directory, of the component named, who holds a role that answers taskers. Fail closed: when the directory cannot be
 * asked, a named expert is refused, never accepted unchecked.
 */
@Component
public class AssignmentTargets {

	/**
	 * The assignees of a request that may name the whole Department.
	 *
	 * @param targets the components, offices and experts named one by one.
	 * @param wholeDepartment whether the whole Department was asked for as well.
	 */
	public record Requested(List<AssignmentTarget> targets, boolean wholeDepartment) {
	}

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

	/** The roles a named expert must hold to answer a tasker. */
	static final Set<String> ANSWERING_ROLES = Set.of(OfficeRoles.ACTION_OFFICER, OfficeRoles.EXEC_SEC);

	private final DepartmentUnits units;
	private final ObjectProvider<PeopleDirectory> directory;

	AssignmentTargets(DepartmentUnits units, ObjectProvider<PeopleDirectory> directory) {
		this.units = units;
		this.directory = directory;
	}

	/** Components, offices and experts only: the whole Department is refused here (templates, reassignment). */
	public List<AssignmentTarget> of(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts) {
		return parse(check, field, drafts, false).targets();
	}

	/** Components, offices and experts, and at most once the whole Department ({@code {"department": true}}). */
	public Requested withDepartment(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts) {
		return parse(check, field, drafts, true);
	}

	/**
	 * Checks again that stored assignees (a routing template's) still exist when they are applied: a component or
	 * office removed from the reference data, or a person who left the directory, is refused under {@code field}.
	 * Fail closed as for new assignees.
	 */
	public void verify(InputCheck check, String field, List<AssignmentTarget> targets) {
		for (AssignmentTarget target : targets) {
			InputCheck one = new InputCheck();
			known(one, "", target.component(), target.office(), target.username());
			if (one.hasProblems()) {
				try {
					one.throwIfInvalid();
				}
				catch (org.casekeep.kernel.validation.InvalidInputException ex) {
					ex.problems().forEach(problem -> check.reject(field, problem.message()));
				}
			}
		}
	}

	private Requested parse(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts,
			boolean departmentAllowed) {
		List<AssignmentTarget> targets = new ArrayList<>();
		boolean wholeDepartment = false;
		if (drafts == null || drafts.isEmpty()) {
			check.reject(field, "At least one assignee is required");
			return new Requested(targets, false);
		}
		for (int i = 0; i < drafts.size(); i++) {
			String prefix = field + "[" + i + "].";
			AssignmentDraft draft = drafts.get(i);
			if (draft == null) {
				check.reject(field + "[" + i + "]", "An assignee is required");
				continue;
			}
			if (draft.department() != null) {
				if (!draft.isWholeDepartment()) {
					check.reject(prefix + "department", "Leave the Department out, or set it to true for the whole "
							+ "Department");
				}
				else if (!departmentAllowed) {
					check.reject(prefix + "department", "The whole Department cannot be chosen here; name components");
				}
				else if (draft.component() != null || draft.office() != null || draft.username() != null) {
					check.reject(prefix + "department", "The whole Department stands alone: no component, office "
							+ "or named expert with it");
				}
				else if (wholeDepartment) {
					check.reject(prefix + "department", "The whole Department is listed twice");
				}
				else {
					wholeDepartment = true;
				}
				continue;
			}
			String component = check.required(prefix + "component", draft.component(), "Component",
					raw -> ComponentCode.of(raw).value());
			String office = check.text(prefix + "office", draft.office(), "Office", 200);
			String username = check.optional(prefix + "username", draft.username(), raw -> {
				String lower = raw.toLowerCase(Locale.ROOT);
				if (!USERNAME.matcher(lower).matches()) {
					throw new IllegalArgumentException("Username is not a valid user name");
				}
				return lower;
			});
			if (office != null && username != null) {
				check.reject(prefix + "office", "Assign either an office or a named expert, not both");
			}
			if (component != null && (office == null || username == null)) {
				office = known(check, prefix, component, office, username);
			}
			if (component != null) {
				AssignmentTarget target = new AssignmentTarget(component, office, username);
				if (targets.contains(target)) {
					check.reject(prefix + "component", "This assignee is listed twice");
				}
				else {
					targets.add(target);
				}
			}
		}
		return new Requested(targets, wholeDepartment);
	}

	/**
	 * Checks that the component, office and named expert exist, rejecting the field that does not; returns the office
	 * as the reference data spells it.
	 */
	private @Nullable String known(InputCheck check, String prefix, String component, @Nullable String office,
			@Nullable String username) {
		if (!units.isComponent(component)) {
			check.reject(prefix + "component", "There is no component " + component + " in the Department; choose "
					+ "one from the list");
			return office;
		}
		if (office != null) {
			Optional<String> known = units.office(component, office);
			if (known.isEmpty()) {
				check.reject(prefix + "office", component + " has no office named \"" + office + "\"; choose one "
						+ "from the list");
				return office;
			}
			return known.get();
		}
		if (username != null) {
			String problem = unknownExpert(component, username);
			if (problem != null) {
				check.reject(prefix + "username", problem);
			}
		}
		return null;
	}

	/** Why this named expert cannot be assigned, or {@literal null} if they can. */
	private @Nullable String unknownExpert(String component, String username) {
		PeopleDirectory people = directory.getIfAvailable();
		if (people == null) {
			return "The directory of users is not available, so " + username + " cannot be checked; assign the "
					+ "component or one of its offices, or try again later";
		}
		Optional<DirectoryPerson> person;
		try {
			person = people.person(username);
		}
		catch (DirectoryUnavailableException ex) {
			return "The directory of users cannot be reached right now, so " + username + " cannot be checked; "
					+ "assign the component or one of its offices, or try again later";
		}
		if (person.isEmpty()) {
			return "There is no user " + username + " in the directory";
		}
		if (!component.equals(person.get().component())) {
			return username + " does not belong to " + component
					+ (person.get().component() == null ? "" : " but to " + person.get().component());
		}
		if (!person.get().hasAnyRole(ANSWERING_ROLES)) {
			return username + " holds no role that answers taskers (action officer or Executive Secretariat)";
		}
		return null;
	}
}
