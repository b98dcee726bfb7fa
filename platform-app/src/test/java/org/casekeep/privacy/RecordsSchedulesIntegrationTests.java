package org.casekeep.privacy;

import java.time.Instant;

import org.casekeep.platform.web.RulesOfBehavior;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records officer's pages and API in the whole application (Detention Ombudsman PIA 5.1-5.2): the OIDO schedule
 * shows as unscheduled with nothing destroyed, only a records officer may enter an approved schedule, and what cannot
 * be accepted is named field by field, on the API as a problem document and on the page next to the field. (Entering
 * a schedule, and what follows, is tested by the kernel's and the detention module's own tests, so that this
 * application's shared database keeps OIDO's records unscheduled.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordsSchedulesIntegrationTests {

	static final String OIDO = "/api/records/schedules/OIDO_UNSCHEDULED";

	@Autowired
	MockMvc mvc;

	@Test
	void theOidoScheduleIsUnscheduledSoTheInventorySaysNothingIsDestroyed() throws Exception {
		mvc.perform(get("/api/records/schedules").with(DemoUsers.RECORDS_OFFICER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'OIDO_UNSCHEDULED')].kind").value(hasItem("UNSCHEDULED")));
		mvc.perform(get("/api/privacy/data-inventory").with(DemoUsers.RECORDS_OFFICER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.recordType == 'detention.complaint')].retentionRule")
				.value(hasItem(containsString("Unscheduled — nothing is destroyed."))));
		mvc.perform(page(get("/records/schedules"), DemoUsers.RECORDS_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("OIDO_UNSCHEDULED")))
			.andExpect(content().string(containsString("Records kept because their archive failed")));
		mvc.perform(page(get("/records/schedules/OIDO_UNSCHEDULED"), DemoUsers.RECORDS_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the approved schedule")))
			.andExpect(content().string(containsString("name=\"archiveBeforeRemoval\"")));
	}

	@Test
	void onlyARecordsOfficerEntersASchedule() throws Exception {
		for (DemoUsers other : new DemoUsers[] { DemoUsers.CPO, DemoUsers.ISSO }) {
			mvc.perform(put(OIDO + "/approval").with(other.token()).contentType(MediaType.APPLICATION_JSON)
					.content(valid()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(page(get("/records/schedules"), DemoUsers.PSO_ANALYST)).andExpect(status().isForbidden());
		mvc.perform(page(get("/records/schedules/OIDO_UNSCHEDULED"), DemoUsers.CPO))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Enter the approved schedule"))));
	}

	@Test
	void whatCannotBeAcceptedIsNamedFieldByField() throws Exception {
		mvc.perform(put(OIDO + "/approval").with(DemoUsers.RECORDS_OFFICER.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"authority\":\"\",\"kind\":\"AFTER_ANCHOR\",\"period\":\"P0D\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("authority", "anchor", "period", "approvedOn",
					"archiveBeforeRemoval")));
		mvc.perform(put(OIDO + "/approval").with(DemoUsers.RECORDS_OFFICER.token())
				.contentType(MediaType.APPLICATION_JSON).content(valid().replace("\"version\":0", "\"version\":99")))
			.andExpect(status().isConflict());
		mvc.perform(page(post("/records/schedules/OIDO_UNSCHEDULED"), DemoUsers.RECORDS_OFFICER).with(csrf())
				.param("version", "0").param("authority", "DAA-0563-2027-0004").param("kind", "AFTER_ANCHOR")
				.param("anchor", "CREATED").param("periodYears", "x").param("approvedOn", "2027-01-15"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the years and months as whole numbers")));
		mvc.perform(page(post("/records/schedules/OIDO_UNSCHEDULED"), DemoUsers.RECORDS_OFFICER).with(csrf())
				.param("version", "0").param("authority", "DAA-0563-2027-0004").param("kind", "AFTER_ANCHOR")
				.param("anchor", "CREATED").param("periodYears", "6").param("approvedOn", "2026-01-15"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose whether records are archived before they are removed")))
			.andExpect(content().string(containsString("id=\"archiveBeforeRemoval-error\"")));
		mvc.perform(get(OIDO).with(DemoUsers.RECORDS_OFFICER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.schedule.kind").value("UNSCHEDULED"))
			.andExpect(jsonPath("$.history").isEmpty());
	}

	private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, DemoUsers user) {
		return request.with(user.token()).sessionAttr(RulesOfBehavior.SESSION_ATTRIBUTE, Instant.now());
	}

	private static String valid() {
		return """
				{"version":0,"authority":"DAA-0563-2027-0004","kind":"AFTER_ANCHOR","anchor":"CREATED","period":"P6Y",
				 "approvedOn":"2026-01-15","archiveBeforeRemoval":true}""";
	}
}
