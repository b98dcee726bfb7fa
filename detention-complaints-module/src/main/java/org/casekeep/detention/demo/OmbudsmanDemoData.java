package org.casekeep.detention.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.casekeep.detention.complaint.ComplaintDraft;
import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.intake.ComplaintIntake;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.training.PrivacyTraining;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo complaints for the run command (profile {@code demo}), entered by the demo realm's intake clerk through the
 * same service as any, so they are audited and tracked for retention. Fictitious people; 555-01xx numbers. Two are
 * about the same detainee, so triage has a previous complaint to find; one is anonymous.
 */
@Component
@Profile("demo")
class OmbudsmanDemoData implements ApplicationRunner {

	/** The demo realm's OIDO staff (keycloak/casekeep-realm.json). */
	private static final List<String> STAFF = List.of("oido-intake", "oido-analyst", "oido-auditor",
			"oido-investigator", "oido-manager");

	private final ComplaintIntake intake;
	private final PrivacyTraining training;

	OmbudsmanDemoData(ComplaintIntake intake, PrivacyTraining training) {
		this.intake = intake;
		this.training = training;
	}

	@Override
	public void run(ApplicationArguments args) {
		// PIA 8.2: case data needs current training. The demo staff completed it today, as the realm's CPO records.
		Actors.runAs(new Actor("cpo", "PRIV", Set.of(PrivacyRoles.CHIEF_PRIVACY_OFFICER)), () -> STAFF.stream()
			.filter(user -> training.currentUntil(user).filter(until -> until.isAfter(LocalDate.now(ZoneOffset.UTC)))
				.isEmpty())
			.forEach(user -> training.record(new PrivacyTraining.Recording(user, OidoRoles.COMPONENT,
					"DHS Privacy Awareness", LocalDate.now(java.time.ZoneId.of("America/New_York"))))));
		Actor clerk = new Actor("oido-intake", OidoRoles.COMPONENT, Set.of(OidoRoles.INTAKE));
		Actors.runAs(clerk, () -> {
			if (!intake.noneFiled()) {
				return;
			}
			String today = LocalDate.now(ZoneOffset.UTC).toString();
			intake.file(complaint("MAIL", today, "Rosa Elena Quintero", "A-20245678", "1988-03-14",
					"No Spanish interpreter at three medical appointments since October.", List.of("MEDICAL", "LANGUAGE_ACCESS")));
			intake.file(complaint("TELEPHONE", today, "Quintero, Rosa E.", null, "1988-03-14",
					"Called again: her glasses were taken at transfer and not returned.", List.of("PERSONAL_PROPERTY")));
			intake.file(new ComplaintDraft("EMAIL", today, null, true, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null,
					"Religious services were cancelled for the whole unit for a month.", null,
					List.of("RELIGIOUS_ACCOMMODATION"), null, "OTHER_FAMILY_MEMBERS", null, null, true, false, null,
					null, null));
		});
	}

	private static ComplaintDraft complaint(String channel, String today, String name, String aNumber, String birth,
			String description, List<String> categories) {
		return new ComplaintDraft(channel, today, null, false, "FAMILY_MEMBER", "Luis Quintero", null,
				"12 Elm St, Las Cruces, NM 88001", "luis.quintero@example.org", "(575) 555-0142", null, null, name,
				null, aNumber, "Otero County Processing Center, Chaparral, NM", null, null, "FEMALE", "NOT_GIVEN", birth,
				"Mexico", List.of("Mexico"),
				List.of(new ComplaintDraft.StayDraft("Otero County Processing Center", "2026-09-01", null)), null,
				description, false, categories, null, "ADULT", null, null, true, true, "Luis Quintero", name, today);
	}
}
