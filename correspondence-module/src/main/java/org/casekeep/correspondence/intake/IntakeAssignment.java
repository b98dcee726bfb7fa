package org.casekeep.correspondence.intake;

import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.web.Option;
import org.jspecify.annotations.Nullable;

/**
 * Assigning a letter as it is taken in, from the intake page itself (Correspondence PIA overview, "Receipt &amp;
 * Assignment": the designated employee inputs the correspondence and assigns personnel to respond), so a clerk goes
 * from "New correspondence" to an assigned tasker in three clicks. Implemented by the taskers feature, which depends
 * on intake and not the other way.
 */
public interface IntakeAssignment {

	/**
	 * Whom to assign, as typed on the intake page.
	 *
	 * @param assignees as on the tasker form: {@code ICE}, {@code ICE/Office of Policy}, {@code jdoe@ICE}, one per
	 * line or separated by commas.
	 */
	record Choice(@Nullable String assignees, @Nullable String templateId, @Nullable String businessDays,
			@Nullable String type, boolean wholeDepartment) {

		/** Whether nobody is to be assigned now. */
		public boolean isEmpty() {
			return (assignees == null || assignees.isBlank()) && (templateId == null || templateId.isBlank())
					&& !wholeDepartment;
		}
	}

	/**
	 * Checks the choice as the tasker would be checked, writing nothing.
	 *
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code assignees}, {@code templateId},
	 * {@code businessDays} or {@code type}.
	 */
	void check(Choice choice, @Nullable String subject);

	/** Creates the tasker answering the letter, with the letter's subject, assigned as chosen; its id. */
	UUID assign(UUID correspondenceId, String subject, Choice choice);

	/** The routing templates offered. */
	List<Option> templateOptions();

	/** The kinds of tasker offered, with their clearance levels. */
	List<Option> typeOptions();
}
