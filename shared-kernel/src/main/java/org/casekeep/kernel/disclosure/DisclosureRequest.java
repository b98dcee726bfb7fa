package org.casekeep.kernel.disclosure;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What a user submits to account for a disclosure. */
public record DisclosureRequest(@NotBlank @Size(max = 300) String recipient, @NotBlank @Size(max = 1000) String purpose,
		@NotBlank @Size(max = 300) String authority, @NotBlank @Size(max = 100) String approvedBy,
		@NotEmpty @Size(max = 500) List<@Valid DisclosedRecord> records) {
}
