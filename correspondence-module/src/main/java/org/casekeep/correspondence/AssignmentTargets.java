package org.casekeep.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.ComponentCode;
import org.jspecify.annotations.Nullable;

/** Validates submitted assignees, naming the offending field ({@code assignees[1].component}). */
final class AssignmentTargets {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

	private AssignmentTargets() {
	}

	static List<AssignmentTarget> of(InputCheck check, String field, @Nullable List<AssignmentDraft> drafts) {
		List<AssignmentTarget> targets = new ArrayList<>();
		if (drafts == null || drafts.isEmpty()) {
			check.reject(field, "At least one assignee is required");
			return targets;
		}
		for (int i = 0; i < drafts.size(); i++) {
			String prefix = field + "[" + i + "].";
			AssignmentDraft draft = drafts.get(i);
			if (draft == null) {
				check.reject(field + "[" + i + "]", "An assignee is required");
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
		return targets;
	}
}
