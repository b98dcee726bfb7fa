package org.casekeep.correspondence.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.ComponentCode;
import org.jspecify.annotations.Nullable;

/** Validates submitted assignees, naming the offending field ({@code assignees[1].component}). */
public final class AssignmentTargets {

	/**
	 * The assignees of a request that may name the whole Department.
	 *
	 * @param targets the components, offices and experts named one by one.
	 * @param wholeDepartment whether the whole Department was asked for as well.
	 */
	public record Requested(List<AssignmentTarget> targets, boolean wholeDepartment) {
	}

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

	private AssignmentTargets() {
	}

	/** Components, offices and experts only: the whole Department is refused here (templates, reassignment). */
	public static List<AssignmentTarget> of(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts) {
		return parse(check, field, drafts, false).targets();
	}

	/** Components, offices and experts, and at most once the whole Department ({@code {"department": true}}). */
	public static Requested withDepartment(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts) {
		return parse(check, field, drafts, true);
	}

	private static Requested parse(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts,
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
}
