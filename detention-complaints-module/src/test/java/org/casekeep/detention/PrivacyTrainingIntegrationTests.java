package org.casekeep.detention;

import java.time.LocalDate;
import java.time.ZoneId;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.PrivacyRoles;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.kernel.testing.TestDatabase;
import org.casekeep.kernel.training.PrivacyTraining;
import org.casekeep.kernel.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Case data is closed to OIDO staff whose annual privacy training is not recorded as current (PIA 8.2), whatever
 * their role, with a page and a problem document that say why and what to do; it opens as soon as the privacy office
 * records the training, and closes again when it lapses after a year.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class PrivacyTrainingIntegrationTests {

	static final Actor OIDO_PRIVACY = new Actor("oido-privacy", OidoRoles.COMPONENT, java.util.Set.of(PrivacyRoles.PRIVACY_OFFICER));

	@Autowired
	MockMvc mvc;

	@Autowired
	PrivacyTraining training;

	@Test
	void anAnalystWithoutTrainingIsRefusedCaseDataUntilThePrivacyOfficeRecordsIt() throws Exception {
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Training Person", "A 222 333 444", "1990-01-02",
				"Denied a wheelchair"));
		String analyst = "new-analyst-" + System.nanoTime();
		var token = SignedIn.as(analyst, OidoRoles.COMPONENT, OidoRoles.ANALYST);

		mvc.perform(get("/api/detention/complaints/{id}", id).with(token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("annual privacy training is not recorded as current")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("Training Person"))));
		String page = PageTesting.html(mvc, get("/detention/complaints").with(token), 403);
		assertThat(page).contains("annual privacy training is not recorded as current")
			.contains("access opens as soon as it is recorded").doesNotContain("Training Person");
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where actor = '" + analyst
				+ "' and action = 'ACCESS_DENIED'")).as("each refusal audited").isGreaterThanOrEqualTo(2);

		Actors.runAs(OIDO_PRIVACY, () -> training.record(new PrivacyTraining.Recording(analyst, OidoRoles.COMPONENT,
				"DHS Privacy Awareness", LocalDate.now(ZoneId.of("America/New_York")))));
		mvc.perform(get("/api/detention/complaints/{id}", id).with(token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.detaineeName").value("Training Person"));
		// The whole work queue, every status at once, is open to them too.
		mvc.perform(get("/api/detention/complaints").with(token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(id)));
		assertThat(TestDatabase.single("select recorded_by from kernel.privacy_training where username = ?", analyst))
			.isEqualTo("oido-privacy");
	}

	@Test
	void trainingLapsesAYearAfterItWasCompleted() throws Exception {
		String manager = "lapsed-manager-" + System.nanoTime();
		try (var db = TestDatabase.superuser(); var insert = db.prepareStatement("""
				insert into kernel.privacy_training (id, username, component, course, completed_on, recorded_by, recorded_at)
				values (gen_random_uuid(), ?, 'OIDO', 'DHS Privacy Awareness', current_date - 366, 'oido-privacy', now())""")) {
			insert.setString(1, manager);
			insert.executeUpdate();
		}
		var token = SignedIn.as(manager, OidoRoles.COMPONENT, OidoRoles.MANAGER);
		String id = ComplaintRequests.file(mvc, ComplaintRequests.full("Lapse Person", "A 222 333 445", "1990-01-03",
				"Lost property"));
		mvc.perform(get("/api/detention/complaints/{id}", id).with(token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("privacy training")));
		// The same manager with a current completion, recorded today, is let in at once.
		Actors.runAs(OIDO_PRIVACY, () -> training.record(new PrivacyTraining.Recording(manager, OidoRoles.COMPONENT,
				"DHS Privacy Awareness", LocalDate.now(ZoneId.of("America/New_York")))));
		mvc.perform(get("/api/detention/complaints/{id}", id).with(token)).andExpect(status().isOk());
	}

	@Test
	void onlyTheOwnComponentsPrivacyOfficeRecordsAndABadRecordingNamesTheField() {
		Actor icePrivacy = new Actor("ice-privacy", "ICE", java.util.Set.of(PrivacyRoles.PRIVACY_OFFICER));
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		assertThatThrownBy(() -> Actors.runAs(icePrivacy, () -> training.record(new PrivacyTraining.Recording(
				"someone", OidoRoles.COMPONENT, "DHS Privacy Awareness", today))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> Actors.runAs(OidoUsers.ANALYST.actor(), () -> training.record(
				new PrivacyTraining.Recording(OidoUsers.ANALYST.username(), OidoRoles.COMPONENT, "Self-certified", today))))
			.as("nobody records their own training unless they are the privacy office")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> Actors.runAs(OIDO_PRIVACY, () -> training.record(new PrivacyTraining.Recording(
				"someone", OidoRoles.COMPONENT, "DHS Privacy Awareness", today.plusDays(1)))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("completedOn")));
		assertThatThrownBy(() -> Actors.runAs(OIDO_PRIVACY, () -> training.record(new PrivacyTraining.Recording(
				" ", OidoRoles.COMPONENT, null, today.minusYears(2)))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field()).contains("username", "course", "completedOn"));
	}
}
