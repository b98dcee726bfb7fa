package org.casekeep.detention;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Complaints as intake staff enter them through the API, for the module's tests. */
final class ComplaintRequests {

	/** A full complaint from a representative by mail, with every PIA 2.1 element; {@code %s} slots as named. */
	static final String FULL = """
			{"channel":"MAIL","receivedOn":"2026-11-30","submitterRole":"ATTORNEY",
			 "submitterName":"Ana Ruiz","submitterAliases":["Ana R. Castillo"],
			 "submitterMailingAddress":"100 Main St, El Paso, TX 79901","submitterEmail":"ana.ruiz@example.org",
			 "submitterPhone":"(915) 555-0101","submitterFax":"915-555-0102","submitterOrganization":"Border Legal Aid",
			 "detaineeName":"%s","detaineeAliases":["Mari Lopez"],"aNumber":"%s",
			 "detaineeMailingAddress":"Otero County Processing Center, Chaparral, NM","detaineePhone":"+1 575-555-0103",
			 "sex":"FEMALE","transgenderStatus":"NOT_GIVEN","dateOfBirth":"%s","countryOfBirth":"Guatemala",
			 "citizenships":["Guatemala"],
			 "detentionHistory":[{"facility":"Otero County Processing Center","detainedFrom":"2026-06-01"}],
			 "incidentDate":"2026-11-20","description":"%s","categories":["MEDICAL","LANGUAGE_ACCESS"],
			 "subjectOfInquiry":"ADULT","priorActions":"Filed a grievance with the facility on 2026-11-21",
			 "consentToInvestigate":true,"consentToRepresentative":true,"designatedRepresentative":"Ana Ruiz",
			 "verificationSignedBy":"%s","verificationSignedOn":"2026-11-29"}""";

	private ComplaintRequests() {
	}

	static String full(String detaineeName, String aNumber, String dateOfBirth, String description) {
		return FULL.formatted(detaineeName, aNumber, dateOfBirth, description, detaineeName);
	}

	/** Posts the complaint as intake staff and answers its id. */
	static String file(MockMvc mvc, String json) throws Exception {
		String body = mvc.perform(post("/api/detention/complaints").with(OidoUsers.INTAKE.token())
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** The complaint's current version, as an analyst reads it. */
	static int version(MockMvc mvc, String id) throws Exception {
		String body = mvc.perform(get("/api/detention/complaints/{id}", id).with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.version");
	}
}
