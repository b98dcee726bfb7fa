package org.casekeep.survey.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.casekeep.survey.vendors.VendorViews.CertificateDraft;
import org.casekeep.survey.vendors.VendorViews.CertificateFile;
import org.casekeep.survey.vendors.VendorViews.ContractDraft;
import org.casekeep.survey.vendors.VendorViews.ContractView;
import org.casekeep.survey.vendors.VendorViews.OverdueContract;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor contract of a study (Customer Research PIA 5.2, 6.3, 6.5): recorded and revised by the study's research
 * unit while the vendor holds the data, closed by the vendor's certificate of return or destruction, and listed when
 * overdue for the study's team, the component privacy office and the Privacy Office. Who may do what is the study's
 * rule ({@link StudyRegistry#checked}): its unit runs it, the privacy offices read it. Every change is audited with
 * the names of what changed; every view passes the kernel's guard.
 */
@Service
@Transactional
public class VendorContractDesk {

	/** The purpose of this feature's audit entries. */
	static final String PURPOSE = "vendor contract (PIA 5.2)";

	private final VendorContracts contracts;
	private final VendorCertificates certificates;
	private final StudyRegistry studies;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final ResearchTime time;

	VendorContractDesk(VendorContracts contracts, VendorCertificates certificates, StudyRegistry studies,
			PersonalDataGuard guard, AuditTrail audit, ResearchTime time) {
		this.contracts = contracts;
		this.certificates = certificates;
		this.studies = studies;
		this.guard = guard;
		this.audit = audit;
		this.time = time;
	}

	/** The study's vendor contract, if one is recorded, for anyone who may read the study. */
	public Optional<ContractView> contract(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		return contracts.findByStudyId(studyId).map(this::released);
	}

	/**
	 * The study's research unit records the contract of its vendor tool.
	 * @throws WorkflowConflictException (409) if the study uses no vendor tool or already has its contract.
	 * @throws InvalidInputException (422) naming each field at fault; nothing is written then.
	 */
	public ContractView record(UUID studyId, ContractDraft draft) {
		StudyView study = studies.checked(studyId, StudyAct.RUN);
		if (study.vendorTool() == null) {
			throw new WorkflowConflictException("This study uses no vendor tool: there is no vendor contract to record.");
		}
		if (contracts.findByStudyId(studyId).isPresent()) {
			throw new WorkflowConflictException("The study's vendor contract is recorded already: revise it instead.");
		}
		VendorContract.Terms terms = terms(draft);
		Instant now = time.now();
		VendorContract contract = contracts.saveAndFlush(new VendorContract(studyId, study.researchUnit(),
				study.researcher(), terms, org.casekeep.kernel.access.Actors.require().username(), now));
		audit.record(AuditEvent.of(AuditAction.CREATE, VendorContract.RECORD_TYPE, contract.getId(),
				contract.getResearchUnit()).withFields(List.of("vendorName", "contractNumber", "data", "returnBy"))
			.withPurpose(PURPOSE));
		return released(contract);
	}

	/**
	 * Revises the contract's terms while the vendor still holds the data.
	 * @throws ObjectOptimisticLockingFailureException (409) if it changed since {@code version}.
	 * @throws WorkflowConflictException (409) once the certificate is recorded.
	 */
	public ContractView revise(UUID studyId, ContractDraft draft) {
		studies.checked(studyId, StudyAct.RUN);
		VendorContract contract = find(studyId);
		long version = requiredVersion(draft.version());
		VendorContract.Terms terms = terms(draft);
		requireVersion(contract, version);
		List<String> changed = new ArrayList<>();
		if (!terms.vendorName().equals(contract.getVendorName())) changed.add("vendorName");
		if (!terms.contractNumber().equals(contract.getContractNumber())) changed.add("contractNumber");
		if (!terms.data().equals(contract.getData())) changed.add("data");
		if (!terms.returnBy().equals(contract.getReturnBy())) changed.add("returnBy");
		contract.revise(terms, time.now());
		contracts.saveAndFlush(contract);
		audit.record(AuditEvent.of(AuditAction.UPDATE, VendorContract.RECORD_TYPE, contract.getId(),
				contract.getResearchUnit()).withFields(changed).withPurpose(PURPOSE).withDetails("terms revised"));
		return released(contract);
	}

	/**
	 * Records the vendor's certificate that the data was returned or destroyed (PIA 5.2), which closes the contract:
	 * its date (not in the future), who certified at the vendor, and the certificate document (already passed by the
	 * kernel's upload check) or its reference number.
	 * @throws InvalidInputException (422) naming each field at fault.
	 * @throws ObjectOptimisticLockingFailureException (409) if the contract changed since {@code version}.
	 * @throws WorkflowConflictException (409) if a certificate was recorded before.
	 */
	public ContractView certify(UUID studyId, CertificateDraft draft, @Nullable CertificateFile file) {
		studies.checked(studyId, StudyAct.RUN);
		VendorContract contract = find(studyId);
		InputCheck input = new InputCheck();
		ContractState outcome = input.required("outcome", draft.outcome(), "Outcome", raw -> {
			String value = raw.strip().toUpperCase(Locale.ROOT);
			if (!value.equals("RETURNED") && !value.equals("DESTROYED")) {
				throw new IllegalArgumentException("Outcome must be RETURNED or DESTROYED");
			}
			return ContractState.valueOf(value);
		});
		LocalDate today = time.today();
		LocalDate certifiedOn = input.required("certifiedOn", draft.certifiedOn(), "Date of the certificate", raw -> {
			LocalDate date = date(raw, "Date of the certificate");
			if (date.isAfter(today)) {
				throw new IllegalArgumentException("The certificate's date cannot be in the future");
			}
			return date;
		});
		String certifiedBy = input.requiredText("certifiedBy", draft.certifiedBy(), "Who certified at the vendor", 200);
		String reference = input.text("reference", draft.reference(), "Certificate reference number", 100);
		if (reference == null && file == null) {
			input.reject("reference", "Give the certificate's reference number or upload the certificate");
		}
		if (draft.version() == null) {
			input.reject("version", "Give the version you read, so a change made meanwhile is not overwritten");
		}
		input.throwIfInvalid();
		requireVersion(contract, draft.version());
		contract.certify(new VendorContract.Certificate(outcome, certifiedOn, certifiedBy, reference,
				file == null ? null : file.mediaType(), file == null ? null : (long) file.content().length),
				org.casekeep.kernel.access.Actors.require().username(), time.now());
		contracts.saveAndFlush(contract);
		if (file != null) {
			certificates.save(new VendorCertificate(contract.getId(), file.mediaType(), file.content()));
		}
		List<String> fields = new ArrayList<>(List.of("state", "certifiedOn", "certifiedBy"));
		if (reference != null) fields.add("certificateReference");
		if (file != null) fields.add("certificateDocument");
		audit.record(AuditEvent.of(AuditAction.UPDATE, VendorContract.RECORD_TYPE, contract.getId(),
				contract.getResearchUnit()).withFields(fields).withPurpose(PURPOSE)
			.withDetails("certificate recorded: " + outcome.name().toLowerCase(Locale.ROOT)));
		return released(contract);
	}

	/** The certificate document uploaded, for anyone who may read the study; the read audited. */
	public CertificateFile certificate(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		VendorContract contract = find(studyId);
		VendorCertificate certificate = certificates.findById(contract.getId())
			.orElseThrow(() -> new RecordNotFoundException("survey.vendor-certificate", contract.getId()));
		audit.record(AuditEvent.of(AuditAction.READ, VendorContract.RECORD_TYPE, contract.getId(),
				contract.getResearchUnit()).withFields(List.of("certificateDocument")).withPurpose(PURPOSE));
		return new CertificateFile(certificate.getMediaType(), certificate.getContent());
	}

	/**
	 * The overdue contracts of the studies the actor may read, longest overdue first (PIA 5.2): the component privacy
	 * office sees its component's, the Privacy Office every one, a researcher their unit's.
	 */
	@Transactional(readOnly = true)
	public List<OverdueContract> overdue() {
		LocalDate today = time.today();
		Map<UUID, StudyView> visible = studies.list().stream()
			.collect(Collectors.toMap(StudyView::id, Function.identity()));
		return contracts.awaitingReturnBy(today.minusDays(1)).stream()
			.filter(c -> visible.containsKey(c.getStudyId()))
			.map(c -> new OverdueContract(c.getStudyId(), visible.get(c.getStudyId()).title(), c.getResearchUnit(),
					c.getVendorName(), c.getContractNumber(), c.getReturnBy(),
					java.time.temporal.ChronoUnit.DAYS.between(c.getReturnBy(), today)))
			.toList();
	}

	/** The contract for the sharing of contact data, checked by the caller; empty if none is recorded. */
	@Transactional(readOnly = true)
	Optional<VendorContract> of(UUID studyId) {
		return contracts.findByStudyId(studyId);
	}

	private ContractView released(VendorContract contract) {
		return guard.release(ContractView.of(contract, time.today()), contract.facts(), PURPOSE);
	}

	private VendorContract find(UUID studyId) {
		return contracts.findByStudyId(studyId)
			.orElseThrow(() -> new RecordNotFoundException(VendorContract.RECORD_TYPE, studyId));
	}

	private static VendorContract.Terms terms(ContractDraft draft) {
		InputCheck input = new InputCheck();
		String vendor = input.requiredText("vendorName", draft.vendorName(), "Vendor", 200);
		String number = input.requiredText("contractNumber", draft.contractNumber(), "Contract or agreement number",
				100);
		Set<VendorData> data = EnumSet.noneOf(VendorData.class);
		List<String> given = draft.data() == null ? List.of() : draft.data();
		for (String raw : given) {
			try {
				data.add(VendorData.valueOf(Objects.requireNonNullElse(raw, "").strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				input.reject("data", "What the vendor receives must be among " + Arrays.toString(VendorData.values()));
			}
		}
		if (given.isEmpty()) {
			input.reject("data", "Say what the vendor receives: contact data, answers, recordings");
		}
		LocalDate returnBy = input.required("returnBy", draft.returnBy(), "Return or destruction date",
				raw -> date(raw, "Return or destruction date"));
		input.throwIfInvalid();
		return new VendorContract.Terms(vendor, number, data, returnBy);
	}

	private static long requiredVersion(@Nullable Long version) {
		if (version == null) {
			throw InvalidInputException.of("version", "Give the version you read, so a change made meanwhile is not "
					+ "overwritten");
		}
		return version;
	}

	private static void requireVersion(VendorContract contract, long version) {
		if (contract.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(VendorContract.class, contract.getId());
		}
	}

	static LocalDate date(String raw, String label) {
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(label + " must be a date as YYYY-MM-DD");
		}
	}
}
