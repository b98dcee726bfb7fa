package org.casekeep.correspondence.files;

import org.casekeep.kernel.files.UploadRefusedException;

/**
 * An attachment was refused by the kernel's upload check before anything was stored: too large (HTTP 413), not a
 * PDF, image or Word document (HTTP 415), or hostile (HTTP 422). The message names the file.
 */
public class AttachmentRejected extends UploadRefusedException {

	AttachmentRejected(UploadRefusedException refused) {
		super(refused.reason(), refused.fileName(), String.valueOf(refused.getMessage()), refused.limit());
	}
}
