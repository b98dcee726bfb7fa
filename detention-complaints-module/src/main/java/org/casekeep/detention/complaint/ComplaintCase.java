package org.casekeep.detention.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.RecordFacts;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the other features of the module see it: the facts triage works from and the triage outcomes, each
 * guarded by the complaint itself. Handed only to the step of {@link ComplaintRecords#change}, which checks access
 * first and audits what the step changed.
 */
public interface ComplaintCase {

	/** A complaint's identity, apart from its human case number. */
	record ComplaintId(UUID value) {

		public ComplaintId {
			java.util.Objects.requireNonNull(value, "value must not be null");
		}

		@Override
		public String toString() {
			return value.toString();
		}
	}

	ComplaintId id();

	String caseNumber();

	ComplaintStatus status();

	long version();

	/** The normalized A-Number ({@code A} and nine digits), if given. */
	@Nullable String aNumber();

	@Nullable String detaineeName();

	List<String> detaineeAliases();

	@Nullable LocalDate dateOfBirth();

	/** PIA 4.2-4.3: consent for OIDO to investigate and share as necessary. */
	boolean consentToInvestigate();

	/** PIA 2.1: consent to disclose to a designated representative. */
	boolean consentToRepresentative();

	boolean emergency();

	/** Whether triage found it within OIDO's purview; {@literal null} until decided. */
	@Nullable Jurisdiction jurisdiction();

	/** The complaint this one was merged into, if it was. */
	@Nullable ComplaintId mergedInto();

	RecordFacts facts();

	/**
	 * Flags emergency circumstances (OIDO PIA overview: triage reviews for them).
	 * @return whether it was not flagged before, so that managers are told once.
	 */
	boolean flagEmergency(Instant now);

	/** Records whether the complaint falls within OIDO's purview; any time before a final outcome. */
	List<String> recordJurisdiction(Jurisdiction jurisdiction, String by, Instant now);

	/**
	 * Accepts the complaint and assigns it to an analyst.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless received, with consent, within purview.
	 */
	List<String> accept(String analyst, String by, Instant now);

	/**
	 * Merges the complaint into an earlier one about the same matter.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless received, or if merged into itself.
	 */
	List<String> mergeInto(ComplaintId duplicateOf, String by, Instant now);

	/**
	 * Refers the complaint to another office with the confidentiality protections chosen (PIA footnote 3).
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless received.
	 */
	List<String> refer(ReferralAgency agency, Set<ConfidentialityProtection> protections, String by, Instant now);

	/**
	 * Records a correction of one element beside the data as received, which stays unaltered (PIA 2.4, 7.2).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code field} if it is not an element of
	 *         the complaint as received, or {@code reason} if none is given.
	 */
	List<String> correct(String field, @Nullable String correctedValue, String reason, String by, Instant now);

	/**
	 * Adds a research note.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException if the complaint is closed (reopen it first).
	 */
	List<String> addResearchNote(String text, String by, Instant now);

	/**
	 * Resolves and closes an accepted complaint.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless accepted.
	 */
	List<String> close(String resolution, String by, Instant now);

	/**
	 * Reopens a closed complaint for follow-up, noting why.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless closed.
	 */
	List<String> reopen(String reason, String by, Instant now);

	/**
	 * Declines the complaint with the reason.
	 * @throws org.casekeep.kernel.validation.WorkflowConflictException unless received.
	 */
	List<String> decline(String reason, String by, Instant now);
}
