package org.casekeep.correspondence.trackers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.kernel.time.BusinessCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.TestDatabase.single;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The distinctive rule of each tracker of Correspondence PIA Appendix A, each as its declaration (trackers/*.yml)
 * states it, proven against the embedded PostgreSQL through the API.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TrackerRulesIntegrationTests {

	static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

	@Autowired
	MockMvc mvc;

	TrackerApi api;

	@BeforeEach
	void setUp() {
		api = new TrackerApi(mvc);
	}

	/** Appendix A, OCC-PMT: only OCC sees it; deleted 6 months after the final decision, not before. */
	@Test
	void occPmtIsDestroyedSixMonthsAfterTheFinalDecisionAndOnlyAnAttorneyDecides() throws Exception {
		String id = api.created(TrackerUsers.OCC_ATTORNEY, "occ-pmt", TrackerApiIntegrationTests.OCC_MATTER);
		assertThat(destroyAfter("occ-pmt", id)).as("no clock before the final decision").isNull();
		api.through(TrackerUsers.OCC_PARALEGAL, "occ-pmt", id, "LEGAL_REVIEW");
		api.advance(TrackerUsers.OCC_PARALEGAL, "occ-pmt", id, "DECISION_ISSUED", "{}").andExpect(status().isForbidden());
		api.through(TrackerUsers.OCC_ATTORNEY, "occ-pmt", id, "DECISION_ISSUED", "APPEALED", "DECISION_ISSUED");
		assertThat(destroyAfter("occ-pmt", id)).as("an appealed decision is not final").isNull();
		api.through(TrackerUsers.OCC_ATTORNEY, "occ-pmt", id, "FINAL_DECISION");

		Instant decided = Instant.parse(single("select to_char(final_decision_at at time zone 'UTC', "
				+ "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from correspondence.tracker_item where id = ?::uuid", id));
		assertThat(destroyAfter("occ-pmt", id)).isEqualTo(decided.atOffset(ZoneOffset.UTC).plusMonths(6).toInstant());
		assertThat(single("select schedule_code from kernel.retention_record where record_id = ?", id)).isEqualTo("OCC_PMT");
		api.read(TrackerUsers.OLIA_LIAISON, "occ-pmt", id).andExpect(status().isForbidden());
	}

	/** Appendix A, R&A tracker: the District Director's recommendation to the BIA within 30 days. */
	@Test
	void raTrackerRecommendationIsDueThirtyDaysAfterReceiptAtTheDistrictOfficeAndFlaggedWhenLate() throws Exception {
		LocalDate received = LocalDate.now(CALENDAR.zone()).minusDays(40);
		String late = api.created(TrackerUsers.RA_REVIEWER, "ra-tracker", ra(received));
		api.read(TrackerUsers.RA_REVIEWER, "ra-tracker", late).andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].code").value("DD_RECOMMENDATION"))
			.andExpect(jsonPath("$.milestones[0].due").value(received.plusDays(30).toString()))
			.andExpect(jsonPath("$.milestones[0].overdue").value(true));

		LocalDate recent = LocalDate.now(CALENDAR.zone()).minusDays(3);
		String onTime = api.created(TrackerUsers.RA_REVIEWER, "ra-tracker", ra(recent));
		api.read(TrackerUsers.RA_REVIEWER, "ra-tracker", onTime)
			.andExpect(jsonPath("$.milestones[0].due").value(recent.plusDays(30).toString()))
			.andExpect(jsonPath("$.milestones[0].overdue").value(false));

		api.through(TrackerUsers.RA_REVIEWER, "ra-tracker", late, "UNDER_REVIEW");
		api.advance(TrackerUsers.RA_REVIEWER, "ra-tracker", late, "RECOMMENDATION_SENT", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("recommendationSent"));
		api.advance(TrackerUsers.RA_REVIEWER, "ra-tracker", late, "RECOMMENDATION_SENT",
				"{\"recommendationSent\":\"%s\"}".formatted(LocalDate.now(CALENDAR.zone())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].reachedAt").isNotEmpty())
			.andExpect(jsonPath("$.milestones[0].overdue").value(false));
		assertThat(single("select schedule_code from kernel.retention_record where record_id = ?", late))
			.isEqualTo("DAA_0582_2017_0001");
	}

	/**
	 * Appendix A, LETS: the constituent kept apart from the staffer, a signed privacy release before a case response
	 * is sent, and duplicates found when one constituent writes through several Members.
	 */
	@Test
	void letsKeepsTheConstituentApartRequiresTheReleaseAndFindsDuplicatesAcrossMembers() throws Exception {
		String first = api.created(TrackerUsers.OLIA_LIAISON, "lets", lets("Office of Rep. Alpha", "A-12345678",
				"Jordan Sample"));
		String second = api.created(TrackerUsers.OLIA_LIAISON, "lets", lets("Office of Sen. Beta", "A12345678",
				"jordan sample "));
		String other = api.created(TrackerUsers.OLIA_LIAISON, "lets", lets("Office of Rep. Alpha", "A87654321",
				"Someone Else"));

		String body = api.read(TrackerUsers.OLIA_LIAISON, "lets", second).andExpect(status().isOk())
			.andExpect(jsonPath("$.parties.constituent.constituentName").value("jordan sample"))
			.andExpect(jsonPath("$.parties.constituent.staffName").doesNotExist())
			.andExpect(jsonPath("$.parties.congressionalOffice.staffName").value("Pat Staffer"))
			.andExpect(jsonPath("$.parties.congressionalOffice.constituentANumber").doesNotExist())
			.andExpect(jsonPath("$.values.description").exists())
			.andReturn().getResponse().getContentAsString();
		String firstReference = JsonPath.read(api.read(TrackerUsers.OLIA_LIAISON, "lets", first).andReturn()
			.getResponse().getContentAsString(), "$.reference");
		assertThat(JsonPath.<java.util.List<String>>read(body, "$.possibleDuplicates")).containsExactly(firstReference);
		api.read(TrackerUsers.OLIA_LIAISON, "lets", other).andExpect(jsonPath("$.possibleDuplicates", empty()));

		api.through(TrackerUsers.OLIA_LIAISON, "lets", first, "ASSIGNED", "RESEARCHED");
		api.advance(TrackerUsers.OLIA_LIAISON, "lets", first, "CASE_RESPONSE_SENT", "{\"privacyReleaseSigned\":false}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("privacyReleaseSigned", "privacyReleaseDate")));
		api.advance(TrackerUsers.OLIA_LIAISON, "lets", first, "CASE_RESPONSE_SENT",
				"{\"privacyReleaseSigned\":true,\"privacyReleaseDate\":\"2026-11-02\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true));
		// An answer on policy discloses nothing about anyone: no release needed.
		api.through(TrackerUsers.OLIA_LIAISON, "lets", other, "ASSIGNED", "RESEARCHED", "GENERAL_RESPONSE_SENT");
	}

	/** Appendix A, OPQ: any employee submits; notices at receipt and stage changes, without personal data; monthly summary. */
	@Test
	void opqTellsTheRequesterAtEachStageWithoutPersonalDataAndSummarisesTheMonthForSupervisors() throws Exception {
		String created = api.create(TrackerUsers.ICE_EMPLOYEE, "opq-report-requests", """
				{"requesterName":"Casey Requester","requesterEmail":"casey@example.gov","requesterOffice":"ICE ERO",
				 "details":"I-539 cycle times for Casey's office","personIdentifier":"A123456789","frequency":"ONCE"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").isNotEmpty())
			.andExpect(jsonPath("$.values.details").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String reference = JsonPath.read(created, "$.reference");
		api.read(TrackerUsers.ICE_EMPLOYEE, "opq-report-requests", id).andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/trackers/opq-report-requests/items").with(TrackerUsers.ICE_EMPLOYEE.token()))
			.andExpect(status().isForbidden());

		api.through(TrackerUsers.OPQ_ANALYST, "opq-report-requests", id, "ASSIGNED", "IN_PROGRESS", "DELIVERED");

		assertThat(single("select string_agg(subject, ' / ' order by created_at) from kernel.notification "
				+ "where recipient = 'ice-employee' and dedup_key like ?", "tracker:" + id + ":%"))
			.isEqualTo(String.join(" / ", "OPQ report requests " + reference + ": Received",
					"OPQ report requests " + reference + ": Assigned to an analyst",
					"OPQ report requests " + reference + ": In progress",
					"OPQ report requests " + reference + ": Report delivered"));
		assertThat(single("select string_agg(subject || ' ' || body || ' ' || coalesce(link, ''), ' ') "
				+ "from kernel.notification where dedup_key like ?", "tracker:" + id + ":%"))
			.doesNotContain("Casey").doesNotContain("casey@").doesNotContain("A123456789").doesNotContain("I-539");

		String month = YearMonth.now(CALENDAR.zone()).toString();
		mvc.perform(get("/api/correspondence/trackers/opq-report-requests/summary?month=" + month)
				.with(TrackerUsers.OPQ_ANALYST.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/trackers/opq-report-requests/summary?month=" + month)
				.with(TrackerUsers.OPQ_SUPERVISOR.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value(month))
			.andExpect(jsonPath("$.received").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.byStage['Report delivered']").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.closed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	/** Appendix A, STARS: a SIR number and a supervisor's review before an incident is closed. */
	@Test
	void starsNeedsASirNumberAndASupervisorsReviewBeforeClosing() throws Exception {
		String id = api.created(TrackerUsers.PRIVACY_ANALYST, "stars-privacy-incidents", """
				{"incidentDate":"2026-11-20","incidentSummary":"Email with an A-File sent to the wrong office",
				 "reporterName":"Robin Reporter","affectedPersonANumber":"A123456789"}""");
		api.through(TrackerUsers.PRIVACY_ANALYST, "stars-privacy-incidents", id, "INVESTIGATING", "MITIGATING");
		api.advance(TrackerUsers.PRIVACY_ANALYST, "stars-privacy-incidents", id, "CLOSED", "{}")
			.andExpect(status().isConflict());
		api.advance(TrackerUsers.PRIVACY_ANALYST, "stars-privacy-incidents", id, "SUPERVISORY_REVIEW", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("sirNumber", "closingRemarks")));
		api.advance(TrackerUsers.PRIVACY_ANALYST, "stars-privacy-incidents", id, "SUPERVISORY_REVIEW",
				"{\"sirNumber\":\"SIR-2026-0042\",\"closingRemarks\":\"Recipient confirmed deletion\"}")
			.andExpect(status().isOk());
		api.advance(TrackerUsers.PRIVACY_ANALYST, "stars-privacy-incidents", id, "CLOSED", "{}")
			.andExpect(status().isForbidden());
		assertThat(single("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' "
				+ "and actor = 'privacy-analyst' and record_id = ?", id)).isEqualTo("1");
		api.advance(TrackerUsers.PRIVACY_SUPERVISOR, "stars-privacy-incidents", id, "CLOSED", "{}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true));
		mvc.perform(get("/api/correspondence/trackers/stars-privacy-incidents/items?lookup=sirNumber&value=SIR-2026-0042")
				.with(TrackerUsers.PRIVACY_ANALYST.token()))
			.andExpect(jsonPath("$.items[*].id", contains(id)));
		assertThat(single("select schedule_code || ' ' || (destroy_after is not null) from kernel.retention_record "
				+ "where record_id = ?", id)).isEqualTo("GRS_3_2_020 true");
	}

	/** Appendix A, SCOPSSCATA: customers may write once their service request was pending 30 days. */
	@Test
	void scopsscataFlagsServiceRequestsPendingThirtyDaysAndRoutesOnlyWithoutSpii() throws Exception {
		LocalDate today = LocalDate.now(CALENDAR.zone());
		String pending = api.created(TrackerUsers.SCOPS_MAILBOX, "scopsscata", scata(today.minusDays(31)));
		String recent = api.created(TrackerUsers.SCOPS_MAILBOX, "scopsscata", scata(today.minusDays(10)));
		api.read(TrackerUsers.SCOPS_MAILBOX, "scopsscata", pending)
			.andExpect(jsonPath("$.flags[*].code", contains("PENDING_30_DAYS")));
		api.read(TrackerUsers.SCOPS_MAILBOX, "scopsscata", recent).andExpect(jsonPath("$.flags", empty()));
		mvc.perform(get("/api/correspondence/trackers/scopsscata/items").with(TrackerUsers.SCOPS_MAILBOX.token()))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].flags[0].code".formatted(pending), contains("PENDING_30_DAYS")));

		api.advance(TrackerUsers.SCOPS_MAILBOX, "scopsscata", pending, "ROUTED", "{\"serviceCenter\":\"NSC\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("spiiRemoved")));
		api.advance(TrackerUsers.SCOPS_MAILBOX, "scopsscata", pending, "ROUTED",
				"{\"serviceCenter\":\"NSC\",\"spiiRemoved\":true}").andExpect(status().isOk());
		api.through(TrackerUsers.SCOPS_MAILBOX, "scopsscata", recent, "SCRIPTED_REPLY");
	}

	/** Appendix A, EMMA: every piece of mail linked to a valid receipt number, and found by it. */
	@Test
	void emmaLinksMailToAValidReceiptNumberAndFindsItByIt() throws Exception {
		api.create(TrackerUsers.EMMA_CLERK, "emma", emma("EAC12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("receiptNumber"));
		api.create(TrackerUsers.EMMA_CLERK, "emma", emma(null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Receipt number is required"));
		String id = api.created(TrackerUsers.EMMA_CLERK, "emma", emma("nbc 1234567890"));
		api.read(TrackerUsers.EMMA_CLERK, "emma", id).andExpect(jsonPath("$.values.receiptNumber").value("NBC1234567890"));
		mvc.perform(get("/api/correspondence/trackers/emma/items?lookup=receiptNumber&value=NBC1234567890")
				.with(TrackerUsers.EMMA_CLERK.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", contains(id)))
			.andExpect(jsonPath("$.items[0].values.receiptNumber").value("NBC1234567890"));
		mvc.perform(get("/api/correspondence/trackers/emma/items?lookup=receiptNumber&value=NBC0000000001")
				.with(TrackerUsers.EMMA_CLERK.token()))
			.andExpect(jsonPath("$.items", empty()));
		api.advance(TrackerUsers.EMMA_CLERK, "emma", id, "DELIVERED", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("responsiblePartyCode", "dateDelivered")));
		api.through(TrackerUsers.EMMA_CLERK, "emma", id, "REFERRED_TO_BCU", "RESOLVED");
		api.read(TrackerUsers.SCOPS_MAILBOX, "emma", id).andExpect(status().isForbidden());
	}

	/** Appendix A, RAMS: regulatory actions through the clearance stages in order, with metrics. */
	@Test
	void ramsMovesActionsThroughClearanceInOrderAndReportsMetrics() throws Exception {
		String id = api.created(TrackerUsers.RAMS_USER, "rams", """
				{"title":"Rule on visa fees","rin":"1615-AC99","actionType":"PROPOSED_RULE","sponsoringComponent":"USCIS",
				 "submitterFirstName":"Sam","submitterLastName":"Drafter","submitterEmail":"sam@example.gov"}""");
		api.advance(TrackerUsers.RAMS_USER, "rams", id, "OMB_REVIEW", "{}").andExpect(status().isConflict());
		api.read(TrackerUsers.RAMS_USER, "rams", id)
			.andExpect(jsonPath("$.milestones[*].code", contains("COMPONENT_CLEARED", "DEPARTMENT_CLEARED")))
			.andExpect(jsonPath("$.milestones[0].due").value(
					CALENDAR.addBusinessDays(LocalDate.now(CALENDAR.zone()), 10).toString()));
		api.through(TrackerUsers.RAMS_USER, "rams", id, "COMPONENT_CLEARANCE", "OGC_REVIEW", "DEPARTMENTAL_CLEARANCE",
				"OMB_REVIEW");
		api.advance(TrackerUsers.RAMS_USER, "rams", id, "CLEARED", "{}").andExpect(status().isForbidden());
		api.through(TrackerUsers.RAMS_ADMIN, "rams", id, "CLEARED");
		api.read(TrackerUsers.RAMS_USER, "rams", id)
			.andExpect(jsonPath("$.milestones[*].reachedAt", not(hasItem(org.hamcrest.Matchers.nullValue()))));

		String month = YearMonth.now(CALENDAR.zone()).toString();
		mvc.perform(get("/api/correspondence/trackers/rams/summary?month=" + month).with(TrackerUsers.RAMS_USER.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/correspondence/trackers/rams/summary?month=" + month).with(TrackerUsers.RAMS_ADMIN.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byStage['Cleared for publication']").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.averageBusinessDaysToClose").isNumber());
	}

	private static String ra(LocalDate receivedAtDistrict) {
		return """
				{"receivingDistrictOffice":"District 5","requestKind":"RECOGNITION","organizationName":"Legal Aid Example",
				 "receivedAtDistrictOffice":"%s"}""".formatted(receivedAtDistrict);
	}

	private static String lets(String member, String aNumber, String constituent) {
		return """
				{"memberOffice":"%s","staffName":"Pat Staffer","staffEmail":"pat@house.example","inquiryType":"CASEWORK",
				 "description":"Status of a pending application","constituentName":"%s","constituentANumber":"%s",
				 "constituentDateOfBirth":"1980-01-02"}""".formatted(member, constituent, aNumber);
	}

	private static String scata(LocalDate ncscContact) {
		return """
				{"customerName":"Lee Customer","customerEmail":"lee@example.com","receiptNumber":"WAC1234567890",
				 "ncscContactDate":"%s","serviceRequestNumber":"SR-778"}""".formatted(ncscContact);
	}

	private static String emma(String receipt) {
		return """
				{%s"applicantName":"Ari Applicant","dateReceived":"2026-11-30","correspondenceType":"RESPONSE_TO_RFE"}"""
			.formatted(receipt == null ? "" : "\"receiptNumber\":\"" + receipt + "\",");
	}

	private static Instant destroyAfter(String type, String id) throws Exception {
		String at = single("select to_char(destroy_after at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
				+ "from kernel.retention_record where record_type = ? and record_id = ?", "correspondence.tracker." + type, id);
		return at == null ? null : Instant.parse(at);
	}
}
