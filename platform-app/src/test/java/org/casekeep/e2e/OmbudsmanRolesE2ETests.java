package org.casekeep.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.casekeep.e2e.support.ApiE2ETest;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ombudsman's roles (OIDO PIA 8.1, 8.2, 3.3) with real tokens from the real Keycloak, both ways: staff whose
 * privacy training is not recorded are refused case data and told why; once the Chief Privacy Officer records it,
 * intake staff create complaints and cannot read them back, analysts and managers read them, an investigator sees only
 * the inspection files assigned to them, and nobody outside OIDO (another component, a platform administrator, the
 * privacy office) sees a complaint.
 */
class OmbudsmanRolesE2ETests extends ApiE2ETest {

	static final List<String> STAFF = List.of("oido-intake", "oido-analyst", "oido-auditor", "oido-investigator",
			"oido-manager");
	@Test
	void eachOidoRoleSeesWhatPia81SaysAndNobodyElseSeesAnything() throws Exception {
		String intake = keycloak.passwordToken("oido-intake");
		String analyst = keycloak.passwordToken("oido-analyst");
		String manager = keycloak.passwordToken("oido-manager");
		String auditor = keycloak.passwordToken("oido-auditor");
		String investigator = keycloak.passwordToken("oido-investigator");
		String cpo = keycloak.passwordToken("cpo");

		// PIA 8.2: before their annual training is recorded, case data is closed to them, with the reason.
		HttpResponse<String> untrained = send("POST", "/api/detention/complaints", intake, complaint("Before Training"));
		assertThat(untrained.statusCode()).isEqualTo(403);
		assertThat(untrained.body()).contains("annual privacy training is not recorded as current");
		String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
		for (String user : STAFF) {
			HttpResponse<String> recorded = send("POST", "/api/privacy/training", cpo, """
					{"username":"%s","component":"OIDO","course":"DHS Privacy Awareness","completedOn":"%s"}"""
				.formatted(user, today));
			assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		}
		assertThat(send("POST", "/api/privacy/training", analyst, """
				{"username":"oido-analyst","component":"OIDO","course":"Self","completedOn":"%s"}""".formatted(today))
			.statusCode()).as("nobody records their own training").isEqualTo(403);

		// Intake creates, and cannot read back (PIA 8.1).
		HttpResponse<String> created = send("POST", "/api/detention/complaints", intake, complaint("Ana Roles"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.id");
		assertThat(send("GET", "/api/detention/complaints/" + id, intake).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/detention/complaints", intake).statusCode()).isEqualTo(403);

		// Analysts and managers edit and review all complaints.
		HttpResponse<String> read = send("GET", "/api/detention/complaints/" + id, analyst);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Ana Roles");
		assertThat(send("GET", "/api/detention/complaints/" + id, manager).statusCode()).isEqualTo(200);
		List<String> queue = JsonPath.read(send("GET", "/api/detention/complaints?size=100", manager).body(),
				"$.items[*].id");
		assertThat(queue).contains(id);

		// Investigators work inspection files assigned to them, not complaints, not others' files.
		assertThat(send("GET", "/api/detention/complaints/" + id, investigator).statusCode()).isEqualTo(403);
		HttpResponse<String> opened = send("POST", "/api/detention/inspections", auditor, """
				{"triggerKind":"INTERNAL_SCHEDULE","triggerDescription":"Annual inspection of the facility",
				 "facility":"STEWART","inspectionType":"ANNOUNCED","plannedFrom":"2027-09-01","plannedTo":"2027-09-02"}""");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String file = JsonPath.read(opened.body(), "$.id");
		assertThat(send("GET", "/api/detention/inspections/" + file, investigator).statusCode())
			.as("not assigned to them").isIn(403, 404);
		int version = JsonPath.read(send("GET", "/api/detention/inspections/" + file, manager).body(), "$.version");
		assertThat(send("POST", "/api/detention/inspections/" + file + "/team", manager,
				"{\"version\":" + version + ",\"username\":\"oido-investigator\"}").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/detention/inspections/" + file, investigator).statusCode()).isEqualTo(200);

		// PIA 3.3: nobody outside OIDO sees anything, not another component, not an administrator, not the privacy
		// office.
		for (String outsider : List.of("ice-liaison", "admin", "cpo", "isso")) {
			String token = keycloak.passwordToken(outsider);
			assertThat(send("GET", "/api/detention/complaints/" + id, token).statusCode()).as(outsider).isEqualTo(403);
			assertThat(send("GET", "/api/detention/complaints", token).statusCode()).as(outsider).isEqualTo(403);
			assertThat(send("GET", "/api/detention/inspections/" + file, token).statusCode()).as(outsider)
				.isIn(403, 404);
		}
	}

	private static String complaint(String detainee) {
		return """
				{"channel":"MAIL","receivedOn":"%s","detaineeName":"%s","aNumber":"A 200 300 401",
				 "description":"No interpreter at the medical appointment","categories":["LANGUAGE_ACCESS"],
				 "consentToInvestigate":true}""".formatted(LocalDate.now(ZoneId.of("America/New_York")), detainee);
	}
}
