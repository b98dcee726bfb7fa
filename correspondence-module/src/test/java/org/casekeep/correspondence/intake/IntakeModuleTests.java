package org.casekeep.correspondence.intake;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.correspondence.events.CorrespondenceReceived;
import org.casekeep.correspondence.files.AttachmentUpload;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.retention.RetentionPeriodEnded;
import org.casekeep.kernel.retention.RetentionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.Documents.pdf;

/**
 * The correspondence module on its own (with the shared kernel): intake, the SPII review that gates
 * {@link CorrespondenceReceived}, search restricted to what the user may see, and destruction at the end of
 * retention.
 */
@ApplicationModuleTest
public class IntakeModuleTests {

	static final Actor ESEC_CLERK = new Actor("esec-clerk", "ESEC", Set.of("exec_sec"));
	static final Actor ICE_EXEC_SEC = new Actor("ice-esec", "ICE", Set.of("exec_sec"));

	@Autowired
	CorrespondenceIntake intake;

	@Autowired
	SpiiReview review;

	@Autowired
	CorrespondenceSearch search;

	@Autowired
	TrackedCorrespondence tracked;

	@Autowired
	CorrespondenceRecords records;

	@Autowired
	Attachments attachments;

	@Autowired
	RetentionRegistry retention;

	@Autowired
	JsonMapper json;

	@Test
	void intakeWithoutSpiiPublishesCorrespondenceReceivedWithTheLowerCasedEmailAndNothingThatNamesTheLetter(
			Scenario scenario) {
		CorrespondenceView[] stored = new CorrespondenceView[1];
		scenario.stimulate(() -> stored[0] = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("Grant question",
				"Please tell me about the preparedness grant.", "Pat.Jones@Example.ORG"), List.of())))
			.andWaitForEventOfType(CorrespondenceReceived.class)
			.matching(event -> event.correspondenceId().equals(stored[0].id()))
			.toArriveAndVerify(event -> {
				assertThat(event.owningComponent()).isEqualTo("ESEC");
				assertThat(event.senderEmail()).isEqualTo("pat.jones@example.org");
				assertThat(event.receivedOn()).isEqualTo(LocalDate.ofInstant(stored[0].receivedAt(), ZoneOffset.UTC));
				// What crosses into the CRM, as the publication registry stores it: no reference number, channel,
				// organization or time of day (correspondence PIA 3.3, 8.3; CRM PIA 1.1).
				String crossing = json.writeValueAsString(event);
				assertThat(crossing).doesNotContain(stored[0].referenceNumber()).doesNotContain("POSTAL_MAIL")
					.doesNotContain("Harbor Alliance").doesNotContain(stored[0].receivedAt().toString());
			});
		assertThat(CorrespondenceReceived.class.getRecordComponents()).extracting(RecordComponent::getName)
			.containsExactly("correspondenceId", "owningComponent", "senderEmail", "receivedOn");
	}

	@Test
	void anSsnInAnUploadedLetterPublishesNothingUntilTheReviewDecides(Scenario scenario,
			AssertablePublishedEvents published) {
		CorrespondenceView held = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("Benefit question",
				"See the enclosed letter.", "held@example.org"), List.of(new AttachmentUpload("letter.pdf",
						pdf("My Social Security number is 123-45-6789, please help.")))));
		assertThat(held.status()).isEqualTo("SPII_REVIEW");
		assertThat(held.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo("SSN");
			assertThat(finding.location()).isEqualTo(held.attachments().get(0).id().toString());
			assertThat(finding.maskedExcerpt()).contains("[Social Security number]").doesNotContain("6789");
		});
		assertThat(published.ofType(CorrespondenceReceived.class)
			.matching(event -> event.correspondenceId().equals(held.id()))).isEmpty();

		UUID findingId = held.findings().get(0).id();
		scenario.stimulate(() -> Actors.callAs(ESEC_CLERK, () -> review.decide(held.id(), new SpiiReview.Decisions(
				held.version(), List.of(new SpiiReview.Decision(findingId, "REDACT", null, false)), false))))
			.andWaitForEventOfType(CorrespondenceReceived.class)
			.matching(event -> event.correspondenceId().equals(held.id()))
			.toArriveAndVerify(event -> {
				Attachment letter = attachments.findByCorrespondenceIdOrderByCreatedAt(held.id()).get(0);
				assertThat(letter.getExtractedText()).doesNotContain("123-45-6789").contains("[REDACTED SSN]");
				assertThat(letter.getContent()).isNull();
				assertThat(letter.getMediaType()).isEqualTo("text/plain");
			});
	}

	@Test
	void searchFindsAWordThatOnlyAppearsInAnAttachment() {
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("Letter", null, null),
				List.of(new AttachmentUpload("scan.pdf", pdf("The floodplain maps near Ravenswood are outdated.")))));
		List<CorrespondenceSearch.Result> found = Actors.callAs(ESEC_CLERK, () -> search.search("Ravenswood", null));
		assertThat(found).extracting(CorrespondenceSearch.Result::id).contains(stored.id());
		assertThat(Actors.callAs(ESEC_CLERK, () -> search.search("Ravenswood", "RECEIVED")))
			.extracting(CorrespondenceSearch.Result::id).contains(stored.id());
		// A phrase is looked up through the full-text indexes first: in order, and only in order.
		assertThat(Actors.callAs(ESEC_CLERK, () -> search.search("\"floodplain maps near Ravenswood\"", null)))
			.extracting(CorrespondenceSearch.Result::id).containsExactly(stored.id());
		assertThat(Actors.callAs(ESEC_CLERK, () -> search.search("\"Ravenswood maps\"", null)))
			.extracting(CorrespondenceSearch.Result::id).doesNotContain(stored.id());
	}

	@Test
	void theExecutiveSecretariatOfAnotherComponentDoesNotFindTheRecordInSearch() {
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("Quillfeather inquiry",
				"About quillfeather permits.", null), List.of()));
		assertThat(Actors.callAs(ICE_EXEC_SEC, () -> search.search("quillfeather", null))).isEmpty();
		assertThat(Actors.callAs(ICE_EXEC_SEC, () -> search.search("\"quillfeather permits\"", null))).isEmpty();
		assertThat(Actors.callAs(ESEC_CLERK, () -> search.search("quillfeather", null)))
			.extracting(CorrespondenceSearch.Result::id).containsExactly(stored.id());
		CorrespondenceView own = Actors.callAs(ICE_EXEC_SEC, () -> intake.intake(draft("Quillfeather at ICE",
				"quillfeather again", null), List.of()));
		assertThat(Actors.callAs(ICE_EXEC_SEC, () -> search.search("quillfeather", null)))
			.extracting(CorrespondenceSearch.Result::id).containsExactly(own.id());
	}

	@Test
	void theEndOfTheRetentionPeriodDestroysTheRecordWithItsAttachments(Scenario scenario) {
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("Old letter", null, null),
				List.of(new AttachmentUpload("old.pdf", pdf("Nothing sensitive here.")))));
		UUID attachmentId = stored.attachments().get(0).id();
		// Closed, so the schedule counts and there is a date to forget once it has been destroyed.
		Actors.runAs(ESEC_CLERK, () -> tracked.moveTo(stored.id(), CorrespondenceStatus.CLOSED));
		assertThat(retention.destroyAfter(Correspondence.RECORD_TYPE, stored.id().toString())).isPresent();
		scenario.publish(new RetentionPeriodEnded(Correspondence.RECORD_TYPE, stored.id().toString(), "N1_563_07_001",
				Instant.now(), Instant.now()))
			.andWaitForEventOfType(org.casekeep.correspondence.events.CorrespondenceDestroyed.class)
			.matching(destroyed -> destroyed.correspondenceId().equals(stored.id()))
			.toArriveAndVerify(destroyed -> {
				assertThat(destroyed.referenceNumber()).isEqualTo(stored.referenceNumber());
				assertThat(destroyed.scheduleCode()).isEqualTo("N1_563_07_001");
			});
		// The event is published inside the destroying transaction: what it destroyed is gone once that commits.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(records.existsById(stored.id())).isFalse();
			assertThat(attachments.existsById(attachmentId)).isFalse();
			assertThat(retention.destroyAfter(Correspondence.RECORD_TYPE, stored.id().toString())).isEmpty();
		});
	}

	@Test
	void theANumberIsVisibleOnlyToTheOwningComponentAndHoldsTheRecordForReview() {
		IntakeDraft withANumber = new IntakeDraft("EMAIL", null, "PUBLIC", "Detention question", null, null, null, null,
				"Ana", null, "Reyes", null, null, null, null, null, null, null, null, null, null, null, null,
				"A123456789", null);
		CorrespondenceView held = Actors.callAs(ICE_EXEC_SEC, () -> intake.intake(withANumber, List.of()));
		assertThat(held.status()).isEqualTo("SPII_REVIEW");
		assertThat(held.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.location()).isEqualTo("aNumber");
			assertThat(finding.maskedExcerpt()).doesNotContain("123456789");
		});
		assertThat(held.aNumber()).isEqualTo("A123456789");
		CorrespondenceView seenByEsec = Actors.callAs(ESEC_CLERK, () -> search.get(held.id()));
		assertThat(seenByEsec.aNumber()).isEqualTo(org.casekeep.kernel.pii.PersonalDataGuard.MASK);
		assertThat(seenByEsec.maskedFields()).containsExactly("aNumber");
		assertThat(seenByEsec.lastName()).isEqualTo("Reyes");
	}

	@Test
	void anImageIsAcceptedByItsContentWhateverItsName() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("Fax", null, null),
				List.of(new AttachmentUpload("fax.doc", png.toByteArray()))));
		assertThat(stored.attachments()).singleElement().satisfies(a -> assertThat(a.mediaType()).isEqualTo("image/png"));
		// A blank image has no text to read: it is held for review by eye, never passed as free of SPII.
		assertThat(stored.status()).isEqualTo("SPII_REVIEW");
	}

	@Test
	void theChosenScheduleIsTrackedAndDoesNotCountUntilTheRecordIsClosed() {
		IntakeDraft transitory = new IntakeDraft("TELEPHONE", null, "PUBLIC", "Call", "Caller asked for hours.", null,
				"GRS_5_2_010", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(transitory, List.of()));
		assertThat(stored.retentionSchedule()).isEqualTo("GRS_5_2_010");
		assertThat(stored.intakeMethod()).isEqualTo("HAND_KEYED");
		assertThat(retention.destroyAfter(Correspondence.RECORD_TYPE, stored.id().toString())).isEmpty();
		// Tracked under the chosen schedule: closing starts its 90 days.
		Actors.runAs(ESEC_CLERK, () -> tracked.moveTo(stored.id(), CorrespondenceStatus.CLOSED));
		Instant closedAt = records.findById(stored.id()).orElseThrow().getClosedAt();
		assertThat(retention.destroyAfter(Correspondence.RECORD_TYPE, stored.id().toString()))
			.contains(closedAt.plus(java.time.Duration.ofDays(90)));
	}

	@Test
	void closingStartsTheTenYearsAfterTheFiscalYearCutOff() {
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("To close", null, null), List.of()));
		Actors.runAs(ESEC_CLERK, () -> tracked.moveTo(stored.id(), CorrespondenceStatus.CLOSED));
		Correspondence closed = records.findById(stored.id()).orElseThrow();
		assertThat(closed.getClosedAt()).isNotNull();
		Instant due = retention.destroyAfter(Correspondence.RECORD_TYPE, stored.id().toString()).orElseThrow();
		int fiscalYear = org.casekeep.kernel.time.FiscalYear.of(closed.getClosedAt()).year();
		assertThat(due.atZone(java.time.ZoneOffset.UTC).getYear()).isBetween(fiscalYear + 10, fiscalYear + 11);
		// Exactly: 1 October after the fiscal year of closure (which starts on 1 October), ten years on.
		java.time.ZonedDateTime closedUtc = closed.getClosedAt().atZone(java.time.ZoneOffset.UTC);
		int closingFiscalYear = closedUtc.getMonthValue() >= 10 ? closedUtc.getYear() + 1 : closedUtc.getYear();
		assertThat(due).isEqualTo(Instant.parse((closingFiscalYear + 10) + "-10-01T00:00:00Z"));
	}

	@Test
	void theExecutiveSecretariatOfAnotherComponentCannotReadTheRecord() {
		CorrespondenceView stored = Actors.callAs(ESEC_CLERK, () -> intake.intake(draft("ESEC only", null, null), List.of()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Actors.callAs(ICE_EXEC_SEC, () -> search.get(stored.id())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	public static IntakeDraft draft(String subject, String body, String email) {
		return new IntakeDraft("POSTAL_MAIL", null, "PUBLIC", subject, body, null, null, "Mr.", "Pat", null, "Jones",
				null, null, "Harbor Alliance", null, null, null, null, email, null, null, null, null, null, null);
	}
}
