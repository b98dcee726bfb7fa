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
 * Customer research's gates with real tokens from the real Keycloak (Customer Research PIA, overview "Oversight of
 * Information Collections", 1.5, 2.5, 4.1): the researcher (USCIS) drafts a study and submits its Privacy Threshold
 * Analysis but can neither review nor approve it; the USCIS privacy office reviews it and ICE's cannot even read it;
 * the DHS Privacy Office (`research_approver`) approves the PTA and the instrument; nothing is collected while a gate
 * is open; a change to the approved instrument needs approval again; users without a research role see nothing.
 */
class ResearchRolesE2ETests extends ApiE2ETest {

	static final String STUDIES = "/api/research/studies";
	@Test
	void eachResearchRoleTakesOnlyItsOwnStepAndNothingIsCollectedBeforeEveryGateCloses() throws Exception {
		String researcher = keycloak.passwordToken("researcher");
		String approver = keycloak.passwordToken("research-approver");
		String uscisPrivacy = keycloak.passwordToken("uscis-privacy");
		String icePrivacy = keycloak.passwordToken("ice-privacy");
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

		HttpResponse<String> created = send("POST", STUDIES, researcher, """
				{"title":"Visitor satisfaction","method":"SURVEY","purpose":"Improve the visitor centre's service",
				 "population":"GENERAL_PUBLIC","federalEmployeesOnly":false,"plannedParticipants":"500",
				 "startsOn":"%s","endsOn":"%s","vendorTool":null}""".formatted(today, today.plusMonths(6)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String study = JsonPath.read(created.body(), "$.id");
		String path = STUDIES + "/" + study;

		// Collection is refused while any gate is open, naming them.
		HttpResponse<String> early = send("POST", path + "/waves", researcher);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(gates(researcher, path)).contains("PTA_SUBMISSION", "OMB_CLEARANCE", "INSTRUMENT_APPROVAL");

		// PIA 2.5: the researcher submits the PTA and cannot review or approve it.
		assertThat(send("POST", path + "/pta/submission", researcher).statusCode()).isEqualTo(200);
		assertThat(send("POST", path + "/pta/review", researcher).statusCode()).isEqualTo(403);
		assertThat(send("POST", path + "/pta/approval", researcher).statusCode()).isEqualTo(403);
		// The component privacy office of another component neither reads nor reviews it; USCIS's reviews it.
		assertThat(send("GET", path, icePrivacy).statusCode()).isIn(403, 404);
		assertThat(send("POST", path + "/pta/review", icePrivacy).statusCode()).isIn(403, 404);
		assertThat(send("GET", path, uscisPrivacy).statusCode()).isEqualTo(200);
		assertThat(send("POST", path + "/pta/review", uscisPrivacy).statusCode()).isEqualTo(200);
		assertThat(send("POST", path + "/pta/approval", uscisPrivacy).statusCode()).as("only the Privacy Office")
			.isEqualTo(403);
		HttpResponse<String> approved = send("POST", path + "/pta/approval", approver);
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(approved.body(), "$.ptaApprovedBy")).isEqualTo("research-approver");

		// PIA 1.5: the PRA's OMB clearance, with the Federal Register notice's comment period passed.
		assertThat(send("PUT", path + "/clearance", researcher, """
				{"ombControlNumber":"1601-0001","ombExpiresOn":"%s","icrRetention":"P3Y","federalRegisterNoticeOn":"%s"}"""
			.formatted(today.plusYears(2), today.minusDays(45))).statusCode()).isEqualTo(200);

		// The instrument, its notice's five elements, and the Privacy Office's approval of this version.
		HttpResponse<String> instrumentCreated = send("POST", path + "/instruments", researcher,
				"{\"title\":\"Visitor questionnaire\"}");
		assertThat(instrumentCreated.statusCode()).isEqualTo(201);
		String instrument = path + "/instruments/" + JsonPath.read(instrumentCreated.body(), "$.id");
		assertThat(send("POST", instrument + "/questions", researcher,
				"{\"kind\":\"YES_NO\",\"text\":\"Did you find what you came for?\"}").statusCode()).isEqualTo(201);
		assertThat(send("PUT", instrument + "/notice", researcher, """
				{"authority":"44 U.S.C. 3501; E.O. 12862","purpose":"To improve the visitor centre",
				 "routineUses":"DHS/ALL-002 routine uses","voluntary":"Answering is voluntary.",
				 "effects":"Not answering has no effect on any DHS service."}""").statusCode()).isEqualTo(200);
		assertThat(send("POST", instrument + "/approval", researcher).statusCode()).isEqualTo(403);
		assertThat(send("POST", instrument + "/approval", approver).statusCode()).isEqualTo(200);
		assertThat(gates(researcher, path)).isEmpty();

		// A change after approval needs approval again: collection stops until it is given.
		assertThat(send("POST", instrument + "/questions", researcher,
				"{\"kind\":\"YES_NO\",\"text\":\"Would you visit again?\"}").statusCode()).isEqualTo(201);
		assertThat(gates(researcher, path)).containsExactly("INSTRUMENT_APPROVAL");
		assertThat(send("POST", path + "/waves", researcher).statusCode()).isEqualTo(409);
		assertThat(send("POST", instrument + "/approval", approver).statusCode()).isEqualTo(200);
		assertThat(send("POST", path + "/waves", approver).statusCode()).as("the approver runs no study")
			.isEqualTo(403);
		assertThat(send("POST", path + "/waves", researcher).statusCode()).isEqualTo(201);

		// Users without a research role see nothing of it, not even in a list.
		for (String outsider : List.of("ice-liaison", "admin", "oido-analyst")) {
			String token = keycloak.passwordToken(outsider);
			assertThat(send("GET", path, token).statusCode()).as(outsider).isIn(403, 404);
			assertThat(send("GET", STUDIES, token).statusCode()).as(outsider).isEqualTo(403);
		}
	}

	private List<String> gates(String token, String path) throws Exception {
		HttpResponse<String> gates = send("GET", path + "/gates", token);
		assertThat(gates.statusCode()).isEqualTo(200);
		return JsonPath.read(gates.body(), "$[*].gate");
	}
}
