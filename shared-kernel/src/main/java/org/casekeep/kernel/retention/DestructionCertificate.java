package org.casekeep.kernel.retention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the destruction log: which rule destroyed which record of which component when. No PII.
 *
 * @param owningComponent the component that owned the record, as its audit entries name it; {@literal null} for a
 * record no entry names one for.
 * @param archiveFile the file name of the archive package written and verified before the record was destroyed, for
 * a schedule that archives before removal (Detention Ombudsman PIA 5.2); {@literal null} otherwise.
 * @param archiveSha256 the package's SHA-256 (hex), {@literal null} without a package.
 */
public record DestructionCertificate(long id, String recordType, String recordId, @Nullable String owningComponent,
		String scheduleCode, String rule, @Nullable Instant dueAt, Instant destroyedAt, @Nullable String archiveFile,
		@Nullable String archiveSha256) {
}
