package org.casekeep.detention.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.casekeep.detention.confirmation.Confirmations;
import org.casekeep.detention.confirmation.CorrespondenceLog;
import org.casekeep.detention.documents.SupportingDocuments;
import org.casekeep.detention.intake.ComplaintForm;
import org.casekeep.detention.intake.ComplaintIntake;
import org.casekeep.detention.intake.ComplaintIntake.PortalCase;
import org.casekeep.kernel.publicweb.ReceiptCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the portal does for the public. A complaint's file is checked first, outside any transaction (the upload
 * check requires it); then the complaint and its file are written in one transaction, so a refusal of either leaves
 * nothing behind; then the confirmation e-mail goes, if the submitter gave an address (PIA 7.3), with the case number
 * only: the receipt code is shown once on the page and never sent.
 */
@Service
class PortalSubmissions {

	/** A complaint filed: what the submitter is shown once. */
	record Submitted(String caseNumber, String receiptCode, CorrespondenceLog.@Nullable Outcome emailed)
			implements java.io.Serializable {

		@Override
		public String toString() {
			return "Submitted[" + caseNumber + "]";
		}
	}

	private final ComplaintIntake intake;
	private final SupportingDocuments documents;
	private final Confirmations confirmations;
	private final ReceiptCodes codes;
	private final TransactionTemplate tx;

	PortalSubmissions(ComplaintIntake intake, SupportingDocuments documents, Confirmations confirmations,
			ReceiptCodes codes, PlatformTransactionManager transactions) {
		this.intake = intake;
		this.documents = documents;
		this.confirmations = confirmations;
		this.codes = codes;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * Files the complaint of the form, with its file if one was chosen.
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming every field that cannot be accepted.
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file refused by the upload check.
	 */
	Submitted submit(ComplaintForm form, @Nullable MultipartFile file, Locale locale) {
		SupportingDocuments.PublicFile checked = check(file);
		ReceiptCodes.Issued code = codes.issue();
		PortalCase filed = tx.execute(status -> {
			PortalCase complaint = intake.fileFromPortal(form, code.hash());
			if (checked != null) {
				documents.storeFromPublic(complaint.id(), checked);
			}
			return complaint;
		});
		String email = form.getSubmitterEmail();
		CorrespondenceLog.@Nullable Outcome emailed = null;
		if (!form.isAnonymous() && email != null && !email.isBlank()) {
			emailed = confirmations.emailFromPortal(filed.id(), filed.caseNumber(), email.strip(),
					blankToNull(form.getSubmitterRole()), locale, ComplaintIntake.PORTAL_SUBMITTER);
		}
		return new Submitted(filed.caseNumber(), code.shown(), emailed);
	}

	/** The complaint of the case number and receipt code typed, or empty; as slow for an unknown case as a wrong code. */
	Optional<PortalCase> followUp(@Nullable String caseNumber, @Nullable String receiptCode) {
		return intake.followUp(caseNumber == null ? "" : caseNumber, receiptCode == null ? "" : receiptCode, codes);
	}

	/**
	 * Appends what the submitter added, a text and/or a file, as received (PIA 2.4).
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code text} when nothing was given.
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file refused by the upload check.
	 */
	void add(PortalCase complaint, @Nullable String text, @Nullable MultipartFile file) {
		SupportingDocuments.PublicFile checked = check(file);
		tx.executeWithoutResult(status -> {
			UUID document = checked == null ? null : documents.storeFromPublic(complaint.id(), checked);
			intake.appendFromSubmitter(complaint.id(), text, document);
		});
	}

	private SupportingDocuments.@Nullable PublicFile check(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			String name = file.getOriginalFilename();
			return documents.checkFromPublic(name == null ? "document" : name, file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
