package org.casekeep.crm.individuals;

import java.util.List;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.recruitment.RecruitmentCandidatesOffered;
import org.casekeep.kernel.recruitment.RecruitmentListRequested;
import org.springframework.context.ApplicationEventPublisher;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.ComponentCode;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individuals the CRM may offer for customer research recruitment: those whose notice allows it (customer
 * research PIA, "Recruiting Participants": contact data is used to recruit only when the notice the person was given
 * says so). Not on the API: CRM users see candidates through {@link #candidates}; a study asks with the kernel's
 * {@link RecruitmentListRequested} and {@link #offer} answers it.
 */
@Service
public class ResearchContacts {

	/** The most candidates one request is offered. */
	public static final int LIMIT = 500;

	/** Why the CRM offers contact data to a study, in its audit trail (customer research PIA 2.2). */
	static final String RECRUITMENT = "customer research recruitment";

	private final Individuals individuals;
	private final StakeholderRecords records;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	ResearchContacts(Individuals individuals, StakeholderRecords records, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.individuals = individuals;
		this.records = records;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The individuals whose notice allows contact for research, by issue (its code), state (USPS code) and owning component
	 * (code), each optional; at most {@value #LIMIT}, by last name, first name. Each holds only name, work phone,
	 * email and mailing address, released to the current user through the kernel's guard (masked as for any output,
	 * each read audited); an individual without the flag is never among them.
	 * @throws InvalidInputException naming {@code state} or {@code component} when not a state or component code.
	 */
	@Transactional
	public List<ResearchCandidate> candidates(@Nullable String issue, @Nullable String state,
			@Nullable String component) {
		records.check(Operation.SEARCH, Stakeholder.INDIVIDUAL);
		InputCheck check = new InputCheck();
		String stateCode = check.optional("state", state, raw -> UsState.of(raw).code());
		String componentCode = check.optional("component", component, raw -> ComponentCode.of(raw).value());
		check.throwIfInvalid();
		return records.releaseAll(individuals.researchContacts(issue, stateCode,
				componentCode, LIMIT), ResearchCandidate::of);
	}

	/**
	 * Answers a study's request (customer research PIA 1.2, 2.2): publishes a {@link RecruitmentCandidatesOffered}
	 * of the individuals whose notice allows research contact, matching its filters, with only their name, work
	 * phone, e-mail and mailing address. The offer is the CRM's decision, taken by the system for the requester the
	 * event names: every individual offered has an audit entry naming the study, the request and the requester, and
	 * a filter that is not a state or component code refuses the whole request (fail closed: nobody is offered).
	 */
	@Transactional
	public void offer(RecruitmentListRequested request) {
		InputCheck check = new InputCheck();
		String stateCode = check.optional("state", request.state(), raw -> UsState.of(raw).code());
		String componentCode = check.optional("component", request.component(), raw -> ComponentCode.of(raw).value());
		try {
			check.throwIfInvalid();
		}
		catch (InvalidInputException ex) {
			events.publishEvent(new RecruitmentCandidatesOffered(request.requestId(), request.studyId(), List.of(),
					false, ex.problems().stream().map(p -> p.field() + ": " + p.message())
						.collect(java.util.stream.Collectors.joining("; "))));
			return;
		}
		List<Individual> found = individuals.researchContacts(request.issue(), stateCode, componentCode, LIMIT + 1);
		boolean truncated = found.size() > LIMIT;
		List<Individual> offered = truncated ? found.subList(0, LIMIT) : found;
		String details = "study " + request.studyId() + ", request " + request.requestId() + ", requested by "
				+ request.requestedBy() + " (" + request.requesterComponent() + ")";
		audit.recordAll(offered.stream().map(individual -> new AuditEvent(AuditAction.EXPORT, Stakeholder.INDIVIDUAL,
				individual.getId().toString(), individual.getOwningComponent(), OFFERED_FIELDS, RECRUITMENT, details))
			.toList());
		events.publishEvent(new RecruitmentCandidatesOffered(request.requestId(), request.studyId(),
				offered.stream().map(i -> new RecruitmentCandidatesOffered.Candidate(i.getFirstName(), i.getLastName(),
						PhoneNumber.shown(i.getWorkPhone()), i.getEmail(), i.getAddress())).toList(),
				truncated, null));
	}

	/** What an offer releases of each individual, and nothing else. */
	private static final List<String> OFFERED_FIELDS = List.of("firstName", "lastName", "workPhone", "email",
			"address");
}
