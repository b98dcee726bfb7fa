package org.casekeep.survey.vendors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.disclosure.Disclosure;
import org.casekeep.kernel.disclosure.DisclosureAccounting;
import org.casekeep.kernel.disclosure.DisclosureRequest;
import org.casekeep.kernel.disclosure.DisclosureStatus;
import org.casekeep.kernel.disclosure.RecordReference;
import org.casekeep.kernel.tables.TableDocument;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.WorkflowConflictException;
import org.casekeep.survey.gates.StudyGates;
import org.casekeep.survey.participants.ContactDetails;
import org.casekeep.survey.participants.ParticipantPanel;
import org.casekeep.survey.studies.ResearchTime;
import org.casekeep.survey.studies.StudyAct;
import org.casekeep.survey.studies.StudyRegistry;
import org.casekeep.survey.studies.StudyView;
import org.casekeep.survey.vendors.VendorViews.SharingDraft;
import org.casekeep.survey.vendors.VendorViews.SharingView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing participants' contact data with the study's vendor, to recruit and invite them through its tool (Customer
 * Research PIA 6.2-6.5): a disclosure outside the Department under Routine Use F of DHS/ALL-002, kept in the kernel's
 * accounting of disclosures with one entry per participant, so that the accounting can be given to a participant on
 * request (PIA 6.4; 5 U.S.C. 552a(c)). Only a recruiter of the study asks for it, only while every gate of the study
 * is closed and a vendor contract that provides for contact data still binds the vendor; the component privacy office
 * approves it (never the recruiter who asked), and only then is the file handed over, once: a CSV of the fields
 * chosen, formula-neutralised, every contact detail in it read through the participants' panel and audited.
 */
@Service
public class VendorSharing {

	/** PIA 6.2: the routine use contact data is shared with contractors and vendors under. */
	public static final String AUTHORITY = "DHS/ALL-002 Mailing and Other Lists System, Routine Use F";

	/** The purpose of the reads and the export of contact data for the vendor, in the audit trail. */
	static final String PURPOSE = "disclosure to the study's vendor under DHS/ALL-002 routine use F (PIA 6.2)";

	/** PIA 6.2: name and e-mail, unless the recruiter chooses otherwise. */
	static final List<ContactField> DEFAULT_FIELDS = List.of(ContactField.NAME, ContactField.EMAIL);

	private final StudyRegistry studies;
	private final StudyGates gates;
	private final ParticipantPanel panel;
	private final VendorContractDesk contracts;
	private final VendorDisclosures shares;
	private final DisclosureAccounting accounting;
	private final AuditTrail audit;
	private final ResearchTime time;

	VendorSharing(StudyRegistry studies, StudyGates gates, ParticipantPanel panel, VendorContractDesk contracts,
			VendorDisclosures shares, DisclosureAccounting accounting, AuditTrail audit, ResearchTime time) {
		this.studies = studies;
		this.gates = gates;
		this.panel = panel;
		this.contracts = contracts;
		this.shares = shares;
		this.accounting = accounting;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * A recruiter asks for the sharing; nothing goes to the vendor before the component privacy office approves it.
	 * @throws org.springframework.security.access.AccessDeniedException (audited) for anyone but the study's
	 * recruiters.
	 * @throws StudyGates.GatesOpenException (409) while a gate of the study is open.
	 * @throws WorkflowConflictException (409) without a vendor contract that provides for contact data, or once the
	 * vendor certified it returned or destroyed the data.
	 * @throws org.casekeep.kernel.validation.InvalidInputException (422) naming {@code participantIds} or
	 * {@code fields}; nothing is written then.
	 */
	@Transactional
	public SharingView share(UUID studyId, SharingDraft draft) {
		StudyView study = recruiting(studyId);
		VendorContract contract = binding(study);
		InputCheck input = new InputCheck();
		List<ContactField> fields = fields(draft.fields(), input);
		Set<UUID> invitable = new LinkedHashSet<>(panel.invitable(studyId));
		Set<UUID> chosen = new LinkedHashSet<>();
		if (draft.participantIds() == null || draft.participantIds().isEmpty()) {
			chosen.addAll(invitable);
		}
		else {
			for (String raw : draft.participantIds()) {
				UUID id = org.casekeep.kernel.disclosure.DisclosableRecords.uuid(raw == null ? "" : raw.strip())
					.orElse(null);
				if (id == null || !invitable.contains(id)) {
					input.reject("participantIds", "'" + raw + "' is not a participant of this study who may be "
							+ "contacted");
					continue;
				}
				chosen.add(id);
			}
		}
		if (chosen.isEmpty() && !input.hasProblems()) {
			input.reject("participantIds", "The study has no participant who may be contacted");
		}
		String note = input.text("purpose", draft.purpose(), "Purpose", 500);
		input.throwIfInvalid();
		String purpose = "Recruiting for and conducting customer research (Customer Research PIA 6.2): "
				+ fields.stream().map(ContactField::label).collect(Collectors.joining(", "))
				+ " of the participants of study \"" + study.title() + "\", for its vendor tool " + study.vendorTool()
				+ (note == null ? "" : ". " + note);
		DisclosureRequest request = new DisclosureRequest(recipient(contract), purpose, AUTHORITY, chosen.stream()
			.map(id -> new RecordReference(VendorAccessRules.PARTICIPANT_TYPE, id.toString())).toList());
		Disclosure disclosure = VendorAccessRules.sharing(() -> accounting.request(request));
		VendorDisclosure share = shares.saveAndFlush(new VendorDisclosure(disclosure.id(), studyId, contract.getId(),
				fields, chosen.size(), disclosure.requestedBy(), disclosure.requestedAt()));
		return SharingView.of(share, disclosure);
	}

	/**
	 * The sharings of the study, latest first, as the accounting lets the user see them: the privacy offices that
	 * review them, and the recruiters who asked.
	 */
	@Transactional
	public List<SharingView> of(UUID studyId) {
		studies.checked(studyId, StudyAct.READ);
		Actor actor = Actors.require();
		List<SharingView> found = new ArrayList<>();
		// The privacy offices review them; researchers follow those they asked for (the kernel shows only theirs).
		if (!DisclosureAccounting.mayReview(actor) && !actor.hasRole(org.casekeep.survey.studies.ResearchRoles.RESEARCHER)) {
			return found;
		}
		for (VendorDisclosure share : shares.findByStudyIdOrderByRequestedAtDesc(studyId)) {
			accounting.visible(share.getId()).ifPresent(disclosure -> found.add(SharingView.of(share, disclosure)));
		}
		return found;
	}

	/** The component privacy office approves a sharing a recruiter asked for (PIA 6.5); the kernel decides who may. */
	@Transactional
	public SharingView approve(UUID studyId, UUID disclosureId) {
		VendorDisclosure share = share(studyId, disclosureId);
		return SharingView.of(share, accounting.approve(disclosureId));
	}

	/** The component privacy office refuses a sharing: nothing goes; it stays in the accounting as refused. */
	@Transactional
	public SharingView refuse(UUID studyId, UUID disclosureId) {
		VendorDisclosure share = share(studyId, disclosureId);
		return SharingView.of(share, accounting.refuse(disclosureId));
	}

	/**
	 * Hands over the file of an approved sharing, once, to a recruiter of the study while its gates are closed and its
	 * contract binds the vendor: the chosen fields of the participants named in the accounting, each read audited,
	 * less anyone who opted out or whose contact data was destroyed since.
	 * @throws WorkflowConflictException (409) while the sharing awaits approval, when it was refused, or once handed
	 * over.
	 */
	@Transactional
	public VendorFile export(UUID studyId, UUID disclosureId) {
		StudyView study = recruiting(studyId);
		VendorContract contract = binding(study);
		VendorDisclosure share = share(studyId, disclosureId);
		Disclosure disclosure = accounting.find(disclosureId);
		if (disclosure.status() == DisclosureStatus.AWAITING_APPROVAL) {
			throw new WorkflowConflictException("This sharing awaits the approval of the " + study.researchUnit()
					+ " privacy office: nothing goes to the vendor before it (PIA 6.4, 6.5).");
		}
		if (disclosure.status() == DisclosureStatus.REFUSED) {
			throw new WorkflowConflictException("This sharing was refused: nothing goes to the vendor.");
		}
		Instant now = time.now().truncatedTo(ChronoUnit.MICROS);
		share.exported(Actors.require().username(), now);
		shares.saveAndFlush(share);
		List<ContactField> fields = share.getFields();
		List<UUID> ids = disclosure.records().stream().map(r -> UUID.fromString(r.recordId())).toList();
		Map<UUID, ContactDetails> contacts = panel.contacts(studyId, study.researchUnit(), ids,
				fields.stream().map(ContactField::key).collect(Collectors.toSet()), PURPOSE);
		audit.record(AuditEvent.of(AuditAction.EXPORT, VendorContract.RECORD_TYPE, contract.getId(),
				contract.getResearchUnit()).withFields(fields.stream().map(ContactField::key).toList())
			.withPurpose(PURPOSE).withDetails("contact data of " + contacts.size() + " participants, disclosure "
					+ disclosureId));
		return new VendorFile("contacts-for-" + slug(contract.getVendorName()) + ".csv",
				document(study, contract, disclosure, fields, contacts).csv());
	}

	/** A file handed over to the vendor. */
	public record VendorFile(String fileName, byte[] content) {
	}

	/** The hand-over: a title and the terms it goes under, then one row a participant (PIA 6.3). */
	static TableDocument document(StudyView study, VendorContract contract, Disclosure disclosure,
			List<ContactField> fields, Map<UUID, ContactDetails> contacts) {
		List<List<String>> rows = new ArrayList<>();
		for (ContactDetails contact : contacts.values()) {
			List<String> row = new ArrayList<>();
			for (ContactField field : fields) {
				String value = switch (field) {
					case NAME -> contact.name();
					case EMAIL -> contact.email();
					case PHONE -> contact.phone();
					case ADDRESS -> contact.address();
				};
				row.add(value == null ? "" : value);
			}
			rows.add(row);
		}
		return new TableDocument("Contact data for " + contract.getVendorName(), "DHS customer research",
				List.of("Study: " + study.title() + " (" + study.researchUnit() + ")",
						"Contract or agreement: " + contract.getContractNumber(),
						"Disclosed under " + AUTHORITY + "; accounting " + disclosure.id(),
						"The vendor is bound by the Privacy Act limitations on disclosure as DHS employees are, and must "
								+ "return or destroy this data by " + contract.getReturnBy() + " (PIA 5.2, 6.3)."),
				List.of(new TableDocument.Table("Participants", contacts.size() + " participants",
						fields.stream().map(ContactField::label).toList(), rows)),
				"", List.of());
	}

	/** The study, for a recruiter of it, while it is open and every gate closed. */
	private StudyView recruiting(UUID studyId) {
		StudyView study = studies.collecting(studyId);
		panel.checkRecruiter(studyId, study.researchUnit());
		gates.requireNoneOpen(study);
		return study;
	}

	/** PIA 6.3, 6.5: a recorded contract that provides for contact data and still binds the vendor. */
	private VendorContract binding(StudyView study) {
		VendorContract contract = contracts.of(study.id()).orElseThrow(() -> new WorkflowConflictException(
				"Record the vendor contract first: contact data goes to a vendor only under a contract that binds it "
						+ "(PIA 6.3)."));
		if (!contract.awaitingReturn()) {
			throw new WorkflowConflictException("The vendor certified on " + contract.getCertifiedOn()
					+ " that it returned or destroyed the data: nothing more goes to it under this contract.");
		}
		if (!contract.receives(VendorData.CONTACT_DATA)) {
			throw new WorkflowConflictException("The vendor contract does not provide for contact data: revise it "
					+ "first.");
		}
		return contract;
	}

	private VendorDisclosure share(UUID studyId, UUID disclosureId) {
		studies.checked(studyId, StudyAct.READ);
		return shares.findById(disclosureId).filter(s -> s.getStudyId().equals(studyId))
			.orElseThrow(() -> new RecordNotFoundException("survey.vendor-disclosure", disclosureId));
	}

	private static List<ContactField> fields(@org.jspecify.annotations.Nullable List<String> raw, InputCheck input) {
		if (raw == null || raw.isEmpty()) {
			return DEFAULT_FIELDS;
		}
		Set<ContactField> chosen = EnumSet.noneOf(ContactField.class);
		for (String value : raw) {
			try {
				chosen.add(ContactField.parse(value == null ? "" : value));
			}
			catch (IllegalArgumentException ex) {
				input.reject("fields", ex.getMessage());
			}
		}
		return List.copyOf(chosen);
	}

	private static String recipient(VendorContract contract) {
		return contract.getVendorName() + ", under contract " + contract.getContractNumber();
	}

	private static String slug(String name) {
		String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "vendor" : slug;
	}
}
