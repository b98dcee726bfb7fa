package org.casekeep.correspondence.taskers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casekeep.correspondence.routing.AssignmentDraft;
import org.jspecify.annotations.Nullable;

/**
 * The "new tasker" form. Assignees are typed as a list separated by commas or new lines: {@code ICE} for a whole
 * component, {@code ICE/Office of Policy} for an office, {@code jdoe@ICE} for a named expert. "Whole Department" adds
 * every component that answers Department-wide taskers, next to any typed assignees.
 */
class TaskerForm {

	private @Nullable String correspondenceId;
	private @Nullable String subject;
	private @Nullable String instructions;
	private @Nullable String businessDays = "10";
	private @Nullable String templateId;
	private @Nullable String assignees;
	private boolean wholeDepartment;
	private @Nullable String type = TaskerTypes.STANDARD;

	public @Nullable String getCorrespondenceId() { return correspondenceId; }
	public void setCorrespondenceId(@Nullable String correspondenceId) { this.correspondenceId = correspondenceId; }
	public @Nullable String getSubject() { return subject; }
	public void setSubject(@Nullable String subject) { this.subject = subject; }
	public @Nullable String getInstructions() { return instructions; }
	public void setInstructions(@Nullable String instructions) { this.instructions = instructions; }
	public @Nullable String getBusinessDays() { return businessDays; }
	public void setBusinessDays(@Nullable String businessDays) { this.businessDays = businessDays; }
	public @Nullable String getTemplateId() { return templateId; }
	public void setTemplateId(@Nullable String templateId) { this.templateId = templateId; }
	public @Nullable String getAssignees() { return assignees; }
	public void setAssignees(@Nullable String assignees) { this.assignees = assignees; }
	public @Nullable String getType() { return type; }
	public void setType(@Nullable String type) { this.type = type; }
	public boolean isWholeDepartment() { return wholeDepartment; }
	public void setWholeDepartment(boolean wholeDepartment) { this.wholeDepartment = wholeDepartment; }

	/**
	 * The draft; malformed numbers and identifiers become problems of the named field through
	 * {@link IllegalArgumentException}s caught by the caller.
	 */
	TaskerRouting.Draft toDraft() {
		return new TaskerRouting.Draft(uuid(correspondenceId, "correspondenceId"), subject, instructions, days(),
				uuid(templateId, "templateId"), assigneeDrafts(), type);
	}

	private @Nullable Integer days() {
		if (businessDays == null || businessDays.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(businessDays.strip());
		}
		catch (NumberFormatException ex) {
			throw new FieldFormatException("businessDays", "Business days must be a whole number");
		}
	}

	private List<AssignmentDraft> assigneeDrafts() {
		List<AssignmentDraft> drafts = new ArrayList<>();
		if (wholeDepartment) {
			drafts.add(AssignmentDraft.wholeDepartment());
		}
		if (assignees == null) {
			return drafts;
		}
		for (String raw : assignees.split("[,\\n]")) {
			String entry = raw.strip();
			if (entry.isEmpty()) {
				continue;
			}
			int at = entry.indexOf('@');
			int slash = entry.indexOf('/');
			if (at > 0) {
				drafts.add(new AssignmentDraft(entry.substring(at + 1).strip(), null,
						entry.substring(0, at).strip().toLowerCase(Locale.ROOT)));
			}
			else if (slash > 0) {
				drafts.add(new AssignmentDraft(entry.substring(0, slash).strip(), entry.substring(slash + 1).strip(), null));
			}
			else {
				drafts.add(new AssignmentDraft(entry, null, null));
			}
		}
		return drafts;
	}

	private static @Nullable UUID uuid(@Nullable String raw, String field) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FieldFormatException(field, "Not a valid identifier");
		}
	}

	/** A value of the form that cannot even be read. */
	static final class FieldFormatException extends RuntimeException {

		private final String field;

		FieldFormatException(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return field;
		}
	}
}
