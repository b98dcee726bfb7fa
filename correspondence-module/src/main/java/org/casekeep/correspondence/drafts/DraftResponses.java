package org.casekeep.correspondence.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.access.RecordFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft responses uploaded to taskers. A draft has no visibility of its own: the tasker side checks who may see
 * the tasker, and a draft's facts are its tasker's ({@link Stored#facts}). Files go with their tasker when it is
 * destroyed. Runs in the caller's transaction, which must exist.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DraftResponses {

	/** The kernel record type of a draft response. */
	public static final String RECORD_TYPE = TaskerAttachment.RECORD_TYPE;

	/**
	 * A stored draft as found for download.
	 *
	 * @param file the file, not yet released through the guard.
	 */
	public record Stored(TaskerAttachmentFile file, RecordFacts facts) {
	}

	private final TaskerAttachments attachments;

	DraftResponses(TaskerAttachments attachments) {
		this.attachments = attachments;
	}

	/**
	 * Keeps a checked file as the draft response of an assignment.
	 *
	 * @param text the text extracted from it, already scanned for SPII by the caller (PIA 3.4).
	 * @return the stored draft's id.
	 */
	public UUID store(UUID taskerId, UUID assignmentId, String fileName, String mediaType, byte[] content, String text,
			String uploadedBy, Instant now) {
		return attachments.save(new TaskerAttachment(taskerId, assignmentId, fileName, mediaType, content, text,
				uploadedBy, now)).getId();
	}

	/** What a tasker page lists, without loading the files themselves. */
	public List<TaskerAttachmentSummary> of(UUID taskerId) {
		return attachments.summariesOf(taskerId);
	}

	/**
	 * A draft of this tasker, with the facts access is decided by: the tasker's, as this record type.
	 *
	 * @param tasker the facts of the tasker the draft must belong to.
	 */
	public Optional<Stored> file(UUID taskerId, UUID attachmentId, RecordFacts tasker) {
		return attachments.findById(attachmentId)
			.filter(a -> a.getTaskerId().equals(taskerId))
			.map(a -> new Stored(new TaskerAttachmentFile(a.getId(), a.getFileName(), a.getMediaType(), a.getContent(),
					Set.of()), a.facts(tasker)));
	}
}
