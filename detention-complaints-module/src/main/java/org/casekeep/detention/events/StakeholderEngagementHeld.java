package org.casekeep.detention.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.pii.CarriesPersonalData;

/**
 * OIDO staff held or attended an engagement with stakeholders (OIDO PIA: "events and engagements conducted and
 * attended by OIDO staff, such as dates, locations, participants, and subject matter covered"). The CRM records it as
 * an event its attendees took part in (CRM PIA 1.1, item 3), which is contact for each of them.
 * <p>
 * It carries only what that needs: no notes, reminders or materials of the engagement (OIDO PIA), and participants
 * only by the email the CRM matches them with. Nothing of a complaint or a detainee ever crosses.
 *
 * @param engagementId the engagement in the ombudsman module; must not be {@literal null}. The consumer's
 * idempotency key.
 * @param name the engagement's name as the office calls it, e.g. a conference; must not be {@literal null}.
 * @param heldOn the day (UTC) it was held, or began; must not be {@literal null}.
 * @param owningComponent the component that held it ({@code OIDO}); must not be {@literal null}.
 * @param attendeeEmails the participants' work emails, lower-cased; may be empty.
 * @param subjects the names of the Secretary's priorities it covered ({@code IMMIGRATION}, {@code ONE_DHS}, ...);
 * a name the consumer does not know is ignored; may be empty.
 */
@CarriesPersonalData("attendeeEmails: the CRM matches the participants to its stakeholders")
public record StakeholderEngagementHeld(UUID engagementId, String name, LocalDate heldOn, String owningComponent,
		List<String> attendeeEmails, List<String> subjects) {

	public StakeholderEngagementHeld {
		attendeeEmails = List.copyOf(attendeeEmails);
		subjects = List.copyOf(subjects);
	}
}
