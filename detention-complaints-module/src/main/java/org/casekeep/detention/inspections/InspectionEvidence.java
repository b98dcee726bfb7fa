package org.casekeep.detention.inspections;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.inspections.InspectionFile.FileId;
import org.casekeep.detention.inspections.InspectionViews.Detail;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.access.Refusals;
import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence of a file (PIA 2.1): interviewees, and photographs and audio/video recordings of interviews. A file is
 * checked by the kernel's upload check (its type from its bytes, its size, hostile content) before any transaction;
 * a photograph's working copy is stored with its metadata stripped, its original apart, readable by OIDO managers only.
 * Every addition goes through {@link InspectionRecords#change}, so a closed file takes no more evidence (409).
 */
@Service
public class InspectionEvidence {

	/** What inspections record: photographs, and audio and video recordings of interviews. */
	static final UploadCheck.Accepted MEDIA;

	static {
		Map<String, String> types = new HashMap<>();
		types.put("image/jpeg", "JPEG photograph");
		types.put("image/png", "PNG image");
		types.put("audio/mpeg", "MP3 audio");
		types.put("audio/mp4", "MP4 audio");
		types.put("audio/vnd.wave", "WAV audio");
		types.put("audio/x-wav", "WAV audio");
		types.put("audio/ogg", "Ogg audio");
		types.put("video/mp4", "MP4 video");
		types.put("video/quicktime", "QuickTime video");
		MEDIA = new UploadCheck.Accepted(types, "a photograph (JPEG, PNG) or an audio or video recording "
				+ "(MP3, MP4, WAV, Ogg, QuickTime)");
	}

	private final InspectionRecords records;
	private final Interviewees interviewees;
	private final InspectionAttachments attachments;
	private final UploadCheck uploads;
	private final PersonalDataGuard guard;
	private final Refusals refusals;
	private final TransactionTemplate tx;

	InspectionEvidence(InspectionRecords records, Interviewees interviewees, InspectionAttachments attachments,
			UploadCheck uploads, PersonalDataGuard guard, Refusals refusals, PlatformTransactionManager transactions) {
		this.records = records;
		this.interviewees = interviewees;
		this.attachments = attachments;
		this.uploads = uploads;
		this.guard = guard;
		this.refusals = refusals;
		this.tx = new TransactionTemplate(transactions);
	}

	/** What is recorded of an interviewee (PIA 2.1, footnote 8). */
	public record IntervieweeDraft(@Nullable String fullName, @Nullable String mailingAddress, @Nullable String email,
			@Nullable String phone, @Nullable String position, @Nullable String dutyStation,
			@Nullable Boolean consentGiven) {
	}

	/** Records an interviewee on the file. */
	public Detail addInterviewee(FileId id, @Nullable Long version, IntervieweeDraft draft) {
		InputCheck check = new InputCheck();
		String name = check.requiredText("fullName", draft.fullName(), "Full legal name", 200);
		String address = check.text("mailingAddress", draft.mailingAddress(), "Mailing address", 500);
		String email = check.optional("email", draft.email(), raw -> EmailAddress.of(raw).value());
		String phone = check.optional("phone", draft.phone(), raw -> PhoneNumber.of(raw).e164());
		String position = check.text("position", draft.position(), "Position or title", 200);
		String station = check.text("dutyStation", draft.dutyStation(), "Duty station", 200);
		if (draft.consentGiven() == null) {
			check.reject("consentGiven", "Say whether the interviewee consented");
		}
		check.throwIfInvalid();
		return tx.execute(status -> records.change(id, version, "interviewee recorded", file -> {
			interviewees.save(new Interviewee(file.getId(), name, address, email, phone, position, station,
					Boolean.TRUE.equals(draft.consentGiven()), by(), records.now()));
			return file.addEvidence("interviewees", records.now());
		}));
	}

	/**
	 * Attaches a photograph or recording. Must not be called inside a transaction.
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file too large (413), of another type (415) or
	 * hostile (422).
	 */
	public Detail attach(FileId id, @Nullable Long version, @Nullable String fileName, byte[] content) {
		InputCheck check = new InputCheck();
		String name = check.text("file", fileName == null ? null : baseName(fileName), "File name", 255);
		if (content.length == 0) {
			check.reject("file", "Choose a file");
		}
		if (version == null) {
			check.reject("version", "The version you saw is required, so no change is lost");
		}
		// Who may add it is checked before its bytes are looked at.
		tx.executeWithoutResult(status -> records.find(id, Operation.UPDATE));
		check.throwIfInvalid();
		String shown = name == null ? "attachment" : name;
		UploadCheck.Checked checked = uploads.check(shown, content, MEDIA);
		String mediaType = checked.mediaType();
		byte[] working;
		try {
			working = MetadataStripping.strip(content, mediaType);
		}
		catch (MetadataStripping.UnreadableImageException ex) {
			throw InvalidInputException.of("file", "The photograph '" + shown + "' could not be read to remove its "
					+ "metadata: " + ex.getMessage() + ". Nothing was stored.");
		}
		InspectionAttachment.Kind kind = mediaType.startsWith("image/") ? InspectionAttachment.Kind.PHOTO
				: mediaType.startsWith("audio/") ? InspectionAttachment.Kind.AUDIO : InspectionAttachment.Kind.VIDEO;
		return tx.execute(status -> records.change(id, version, "attachment " + kind.name() + " " + mediaType
				+ (MetadataStripping.strips(mediaType) ? "; metadata stripped" : "; metadata not stripped"), file -> {
					attachments.save(new InspectionAttachment(file.getId(), kind, shown, mediaType, working,
							MetadataStripping.strips(mediaType), content, by(), records.now()));
					return file.addEvidence("attachments", records.now());
				}));
	}

	/** The working copy of an attachment, for the team and managers; read-audited. */
	public InspectionViews.WorkingCopy workingCopy(FileId id, UUID attachmentId) {
		return tx.execute(status -> {
			InspectionFile file = records.find(id, Operation.READ);
			InspectionAttachment attachment = attachmentOf(file, attachmentId);
			return guard.release(new InspectionViews.WorkingCopy(attachment.getId(), attachment.fileName(),
					attachment.mediaType(), attachment.workingCopy()), facts(file), InspectionRecords.PURPOSE);
		});
	}

	/**
	 * The original of an attachment, with its metadata, for OIDO managers only (evidence access); read-audited.
	 * @throws AccessDeniedException for anyone else, the refusal audited.
	 */
	public InspectionViews.Original original(FileId id, UUID attachmentId) {
		return tx.execute(status -> {
			InspectionFile file = records.find(id, Operation.READ);
			InspectionAttachment attachment = attachmentOf(file, attachmentId);
			Actor actor = Actors.require();
			if (!OidoRoles.isManager(actor)) {
				refusals.refused(Operation.READ, facts(file));
				throw new AccessDeniedException("The original of an attachment, with its metadata, is for OIDO "
						+ "managers only; the working copy has its metadata removed");
			}
			return guard.release(new InspectionViews.Original(attachment.getId(), attachment.fileName(),
					attachment.mediaType(), attachment.original()), facts(file), InspectionRecords.PURPOSE);
		});
	}

	private InspectionAttachment attachmentOf(InspectionFile file, UUID attachmentId) {
		return attachments.findById(attachmentId).filter(a -> a.fileId().equals(file.getId()))
			.orElseThrow(() -> new RecordNotFoundException(InspectionAttachment.RECORD_TYPE, attachmentId));
	}

	private static RecordFacts facts(InspectionFile file) {
		RecordFacts holder = file.facts();
		return new RecordFacts(InspectionAttachment.RECORD_TYPE, holder.recordId(), holder.owningComponent(),
				holder.ownerUsername(), holder.assignees());
	}

	private static String by() {
		return Actors.require().username();
	}

	private static String baseName(String fileName) {
		String name = fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	static List<String> kinds() {
		return java.util.Arrays.stream(InspectionAttachment.Kind.values()).map(Enum::name).toList();
	}
}
