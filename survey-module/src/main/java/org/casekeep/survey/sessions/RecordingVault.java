package org.casekeep.survey.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.retention.RetentionFacts;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.casekeep.survey.keys.ContactVault;
import org.casekeep.survey.studies.ResearchTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a recording's bytes are sealed, opened and purged (PIA "Audio and Video Recordings"). Each recording gets a
 * random data key of its own ({@link ContactVault#newDataKey}); the bytes are sealed under it, and it is stored only
 * sealed under the study's key. Purging deletes the sealed bytes and forgets the data key in the caller's
 * transaction, destroys the name and signature of the session's consents once none of its recordings is left
 * ("Interviews"), and makes the recording due in the kernel's retention, whose sweeper certifies the destruction
 * like the module's shredding of contact data. Callers check the actor.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RecordingVault {

	private final Recordings recordings;
	private final RecordingContents contents;
	private final RecordingConsents consents;
	private final ContactVault vault;
	private final RetentionRegistry retention;
	private final AuditTrail audit;
	private final ResearchTime time;

	RecordingVault(Recordings recordings, RecordingContents contents, RecordingConsents consents, ContactVault vault,
			RetentionRegistry retention, AuditTrail audit, ResearchTime time) {
		this.recordings = recordings;
		this.contents = contents;
		this.consents = consents;
		this.vault = vault;
		this.retention = retention;
		this.audit = audit;
		this.time = time;
	}

	/** Seals and stores a recording of the session; retention counts its year from now (PIA 5.1). */
	Recording store(ResearchSession session, String mediaType, byte[] bytes, String uploadedBy) {
		Instant now = time.now();
		Recording recording = new Recording(session, mediaType, bytes.length, uploadedBy, now);
		byte[] dataKey = vault.newDataKey();
		recording.keepSealedKey(vault.forStudy(session.getStudyId()).sealBytes(recording.getId(), "dataKey", dataKey));
		recordings.save(recording);
		contents.save(new RecordingContent(recording.getId(),
				vault.underDataKey(dataKey).sealBytes(recording.getId(), "content", bytes)));
		java.util.Arrays.fill(dataKey, (byte) 0);
		retention.track(Recording.RECORD_TYPE, recording.getId().toString(), RetentionFacts.created(now));
		return recording;
	}

	/** The recording's bytes. @throws org.casekeep.kernel.validation.WorkflowConflictException once purged. */
	byte[] open(Recording recording) {
		byte[] dataKey = vault.existing(recording.getStudyId()).openBytes(recording.getId(), "dataKey",
				recording.sealedKey());
		RecordingContent content = contents.findById(recording.getId())
			.orElseThrow(() -> new org.casekeep.kernel.validation.WorkflowConflictException("The recording was purged."));
		try {
			return vault.underDataKey(dataKey).openBytes(recording.getId(), "content", content.getSealed());
		}
		finally {
			java.util.Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Purges every recording of the session still kept, and with them the name and signature of its consents.
	 * @return the ids of the recordings purged now.
	 */
	List<UUID> purgeSession(ResearchSession session, String reason) {
		Instant now = time.now();
		List<UUID> purged = new ArrayList<>();
		for (Recording recording : recordings.findBySessionIdOrderByUploadedAt(session.getId())) {
			if (!recording.isPurged()) {
				purge(recording, reason, now);
				purged.add(recording.getId());
			}
		}
		destroyConsentPii(session.getId(), session.getResearchUnit());
		return purged;
	}

	/**
	 * The kernel's destroyer of a recording at the end of its year (PIA 5.1). Idempotent: a recording purged when its
	 * transcript was verified is nothing to do.
	 */
	@Transactional
	void destroy(UUID recordingId) {
		recordings.findById(recordingId).filter(r -> !r.isPurged()).ifPresent(recording -> {
			purge(recording, "retention period ended (GRS 6.5 item 010)", time.now());
			if (recordings.findBySessionIdOrderByUploadedAt(recording.getSessionId()).stream()
				.allMatch(Recording::isPurged)) {
				destroyConsentPii(recording.getSessionId(), recording.getResearchUnit());
			}
		});
	}

	private void purge(Recording recording, String reason, Instant now) {
		contents.deleteById(recording.getId());
		recording.purge(reason, now);
		recordings.saveAndFlush(recording);
		contents.flush();
		retention.dueNow(Recording.RECORD_TYPE, recording.getId().toString(), now);
		audit.record(AuditEvent.of(AuditAction.DELETE, Recording.RECORD_TYPE, recording.getId(),
				recording.getResearchUnit()).withFields(List.of("content", "dataKey")).withDetails("purged: " + reason));
	}

	/** PIA "Interviews": the PII of a consent is destroyed when the recording it allowed is. */
	private void destroyConsentPii(UUID sessionId, String researchUnit) {
		List<RecordingConsent> held = consents.findBySessionIdOrderByRecordedAt(sessionId).stream()
			.filter(RecordingConsent::hasPii).toList();
		held.forEach(RecordingConsent::destroyPii);
		consents.saveAllAndFlush(held);
		audit.recordAll(held.stream().map(consent -> AuditEvent.of(AuditAction.DELETE, RecordingConsent.RECORD_TYPE,
				consent.getId(), researchUnit).withFields(List.of("signedName", "signature"))
			.withDetails("destroyed with the session's recordings")).toList());
	}
}
