package org.casekeep.crm.individuals;

import java.util.List;

import org.casekeep.crm.stakeholder.Stakeholder;
import org.casekeep.crm.stakeholder.StakeholderRecords;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.ComponentCode;
import org.casekeep.kernel.values.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individuals the CRM may offer for customer research recruitment: those whose notice allows it (customer
 * research PIA, "Recruiting Participants": contact data is used to recruit only when the notice the person was given
 * says so). Not on the API: it is the CRM's answer to the research module's {@code RecruitmentListRequested}, which
 * the research issue builds (see the package description).
 */
@Service
public class ResearchContacts {

	/** The most candidates one request is offered. */
	public static final int LIMIT = 500;

	private final Individuals individuals;
	private final StakeholderRecords records;

	ResearchContacts(Individuals individuals, StakeholderRecords records) {
		this.individuals = individuals;
		this.records = records;
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
}
