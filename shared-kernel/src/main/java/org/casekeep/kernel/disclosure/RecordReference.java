package org.casekeep.kernel.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A record named in a request to disclose; the module owning it tells the kernel whom it is about and which
 * component owns it.
 */
public record RecordReference(@NotBlank @Size(max = 100) String recordType, @NotBlank @Size(max = 100) String recordId) {
}
