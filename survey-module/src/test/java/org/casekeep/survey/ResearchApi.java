package org.casekeep.survey;

import java.time.LocalDate;
import java.util.List;

import org.casekeep.survey.studies.Gate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The steps of a study through the API, as its people take them, for customer research's tests. */
final class ResearchApi {

	static final String STUDIES = "/api/research/studies";

	private final MockMvc mvc;
	private final SettableClock clock;

	ResearchApi(MockMvc mvc, SettableClock clock) {
		this.mvc = mvc;
		this.clock = clock;
	}

	/** A study of the general public (the PRA applies: 500 people), with or without a vendor tool. */
	String publicStudy(boolean vendor) throws Exception {
		return study(ResearchUsers.RESEARCHER, "GENERAL_PUBLIC", false, 500, vendor ? "SurveyCo" : null);
	}

	String study(ResearchUsers by, String population, boolean federalEmployeesOnly, int planned, String vendor)
			throws Exception {
		LocalDate today = clock.today();
		String body = """
				{"title":"Visitor satisfaction","method":"SURVEY","purpose":"Improve the visitor centre's service",
				 "population":"%s","federalEmployeesOnly":%s,"plannedParticipants":"%d","startsOn":"%s","endsOn":"%s",
				 "vendorTool":%s}""".formatted(population, federalEmployeesOnly, planned, today, today.plusMonths(6),
				vendor == null ? "null" : "\"" + vendor + "\"");
		return JsonPath.read(json(post(STUDIES), by, body).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	/** Closes every gate of the study but the one given ({@literal null}: all of them), each by its own person. */
	String closeGatesExcept(String study, Gate open) throws Exception {
		if (open != Gate.PTA_SUBMISSION) {
			ok(post(STUDIES + "/{id}/pta/submission", study), ResearchUsers.RESEARCHER);
			if (open != Gate.PRIVACY_REVIEW) {
				ok(post(STUDIES + "/{id}/pta/review", study), ResearchUsers.USCIS_PRIVACY);
				if (open != Gate.PRIVACY_OFFICE_APPROVAL) {
					ok(post(STUDIES + "/{id}/pta/approval", study), ResearchUsers.APPROVER);
				}
			}
		}
		LocalDate today = clock.today();
		String omb = open == Gate.OMB_CLEARANCE ? "null" : "\"1601-0001\"";
		LocalDate notice = open == Gate.FEDERAL_REGISTER_NOTICE ? today.minusDays(10) : today.minusDays(45);
		json(put(STUDIES + "/{id}/clearance", study), ResearchUsers.RESEARCHER, """
				{"ombControlNumber":%s,"ombExpiresOn":"%s","icrRetention":"P3Y","federalRegisterNoticeOn":"%s"}"""
			.formatted(omb, today.plusYears(2), notice)).andExpect(status().isOk());
		if (open != Gate.VENDOR_APPROVAL && vendor(study)) {
			json(put(STUDIES + "/{id}/vendor/settings", study), ResearchUsers.RESEARCHER,
					"{\"ipCollectionDisabled\":true,\"emailCollectionDisabled\":true}").andExpect(status().isOk());
			json(post(STUDIES + "/{id}/vendor/approvals", study), ResearchUsers.APPROVER, "{\"office\":\"PRIVACY_OFFICE\"}")
				.andExpect(status().isOk());
			json(post(STUDIES + "/{id}/vendor/approvals", study), ResearchUsers.APPROVER, "{\"office\":\"PUBLIC_AFFAIRS\"}")
				.andExpect(status().isOk());
		}
		String instrument = instrumentWithNotice(study);
		if (open != Gate.INSTRUMENT_APPROVAL) {
			ok(post(STUDIES + "/{id}/instruments/{i}/approval", study, instrument), ResearchUsers.APPROVER);
		}
		return instrument;
	}

	/** An instrument with one closed question and all five elements of the privacy notice. */
	String instrumentWithNotice(String study) throws Exception {
		String instrument = JsonPath.read(json(post(STUDIES + "/{id}/instruments", study), ResearchUsers.RESEARCHER,
				"{\"title\":\"Visitor questionnaire\"}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		question(study, instrument, "{\"kind\":\"YES_NO\",\"text\":\"Did you find what you came for?\"}")
			.andExpect(status().isCreated());
		json(put(STUDIES + "/{id}/instruments/{i}/notice", study, instrument), ResearchUsers.RESEARCHER, """
				{"authority":"44 U.S.C. 3501; E.O. 12862","purpose":"To improve the visitor centre",
				 "routineUses":"DHS/ALL-002 routine uses","voluntary":"Answering is voluntary.",
				 "effects":"Not answering has no effect on any DHS service."}""").andExpect(status().isOk());
		return instrument;
	}

	ResultActions question(String study, String instrument, String body) throws Exception {
		return json(post(STUDIES + "/{id}/instruments/{i}/questions", study, instrument), ResearchUsers.RESEARCHER, body);
	}

	ResultActions openWave(String study, ResearchUsers by) throws Exception {
		return mvc.perform(post(STUDIES + "/{id}/waves", study).with(by.token()));
	}

	List<String> openGates(String study) throws Exception {
		return JsonPath.read(mvc.perform(get(STUDIES + "/{id}/gates", study).with(ResearchUsers.RESEARCHER.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].gate");
	}

	ResultActions json(MockHttpServletRequestBuilder request, ResearchUsers by, String body) throws Exception {
		return mvc.perform(request.with(by.token()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions perform(MockHttpServletRequestBuilder request, ResearchUsers by) throws Exception {
		return mvc.perform(request.with(by.token()));
	}

	private void ok(MockHttpServletRequestBuilder request, ResearchUsers by) throws Exception {
		perform(request, by).andExpect(status().isOk());
	}

	private boolean vendor(String study) throws Exception {
		Object tool = JsonPath.read(perform(get(STUDIES + "/{id}", study), ResearchUsers.RESEARCHER)
			.andReturn().getResponse().getContentAsString(), "$.vendorTool");
		return tool != null;
	}
}
