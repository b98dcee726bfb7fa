package org.casekeep.kernel.disclosure;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What a user submits to ask for a disclosure to be approved. There is no "approved by": the approver approves in
 * the system, signed in ({@link DisclosureAccounting#approve}).
 */
public record DisclosureRequest(@NotBlank @Size(max = 300) String recipient, @NotBlank @Size(max = 1000) String purpose,
		@NotBlank @Size(max = 300) String authority, @NotEmpty @Size(max = 500) List<@Valid RecordReference> records) {
}
