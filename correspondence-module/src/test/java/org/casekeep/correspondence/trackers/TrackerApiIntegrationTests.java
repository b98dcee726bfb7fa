package org.casekeep.correspondence.trackers;

import java.util.List;

import org.casekeep.kernel.inventory.DataInventory;
import org.casekeep.kernel.inventory.InventoryEntry;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.pii.Sensitivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.testing.TestDatabase.single;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every tracker gets from its declaration, against the embedded PostgreSQL: values checked on every write with
 * the field named, the restricted library (deny by default, refusals audited), masking and read audit of a sensitive
 * field by the kernel's guard, the data inventory, guarded transitions and paging.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TrackerApiIntegrationTests {

	static final String OCC_MATTER = """
			{"matterTitle":"Advice on a waiver","clientOffice":"FOD","matterType":"LITIGATION",
			 "subjectName":"Maria Example","subjectANumber":"A123456789","criminalHistory":"Conviction in 2011"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataInventory inventory;

	@Autowired
	List<org.casekeep.kernel.retention.RecordDestroyer> destroyers;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	TrackerApi api;

	@BeforeEach
	void setUp() {
		api = new TrackerApi(mvc);
	}

	@Test
	void anUnknownFieldAWrongTypeAndAMissingRequiredFieldAreRefusedWith422NamingEachField() throws Exception {
		api.create(TrackerUsers.OCC_ATTORNEY, "occ-pmt", """
				{"matterTitle":"Advice","clientOffice":"NOWHERE","subjectDateOfBirth":"31/12/1980","shoeSize":"42"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("clientOffice", "subjectDateOfBirth", "shoeSize", "matterType")))
			.andExpect(jsonPath("$.errors[?(@.field == 'shoeSize')].message", hasItem("Not a field of the OCC Portfolio Management Tool")))
			.andExpect(jsonPath("$.errors[?(@.field == 'matterType')].message", hasItem("Kind of matter is required")))
			.andExpect(jsonPath("$.errors[?(@.field == 'subjectDateOfBirth')].message",
					hasItem("Subject's date of birth: must be a date, YYYY-MM-DD")));
		api.create(TrackerUsers.OCC_ATTORNEY, "occ-pmt", OCC_MATTER.replace("A123456789", "123"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("subjectANumber"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("123\""))));
		String id = api.created(TrackerUsers.OCC_ATTORNEY, "occ-pmt", OCC_MATTER);
		api.advance(TrackerUsers.OCC_ATTORNEY, "occ-pmt", id, "LEGAL_REVIEW", "{\"notes\":true}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("notes"));
	}

	@Test
	void aUserOutsideTheRestrictedLibraryIsRefusedAndTheRefusalAudited() throws Exception {
		String id = api.created(TrackerUsers.OCC_ATTORNEY, "occ-pmt", OCC_MATTER);
		for (TrackerUsers outsider : List.of(TrackerUsers.OLIA_LIAISON, TrackerUsers.OGC_ATTORNEY_ELSEWHERE,
				TrackerUsers.ICE_EMPLOYEE)) {
			api.read(outsider, "occ-pmt", id).andExpect(status().isForbidden());
			mvc.perform(get("/api/correspondence/trackers/occ-pmt/items").with(outsider.token()))
				.andExpect(status().isForbidden());
			api.create(outsider, "occ-pmt", OCC_MATTER).andExpect(status().isForbidden());
			assertThat(single("select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and actor = ? "
					+ "and record_type = 'correspondence.tracker.occ-pmt' and record_id = ?", outsider.username(), id))
				.isEqualTo("1");
		}
		assertThat(single("select count(*) from kernel.audit_entry where action = 'READ' and record_id = ? "
				+ "and actor <> 'occ-attorney'", id)).isEqualTo("0");
	}

	@Test
	void aSensitiveFieldIsMaskedForALibraryMemberWithoutTheRightAndEveryReadAudited() throws Exception {
		String id = api.created(TrackerUsers.OCC_ATTORNEY, "occ-pmt", OCC_MATTER);

		api.read(TrackerUsers.OCC_PARALEGAL, "occ-pmt", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.values.criminalHistory").value(PersonalDataGuard.MASK))
			.andExpect(jsonPath("$.values.subjectANumber").value("A123456789"))
			.andExpect(jsonPath("$.maskedFields").value(org.hamcrest.Matchers.contains("criminalHistory")));
		api.read(TrackerUsers.OCC_ATTORNEY, "occ-pmt", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.values.criminalHistory").value("Conviction in 2011"));

		assertThat(single("select fields || ' | ' || details from kernel.audit_entry where action = 'READ' "
				+ "and actor = 'occ-paralegal' and record_id = ?", id))
			.contains("subjectANumber").doesNotContain("criminalHistory,").endsWith("masked: criminalHistory");
		assertThat(single("select fields from kernel.audit_entry where action = 'READ' and actor = 'occ-attorney' "
				+ "and record_id = ? and purpose = 'tracker item'", id)).contains("criminalHistory");
		// The list shows only the fields its type lists (none of them personal) and audits it as a read too.
		mvc.perform(get("/api/correspondence/trackers/occ-pmt/items").with(TrackerUsers.OCC_PARALEGAL.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].values.matterTitle").value("Advice on a waiver"))
			.andExpect(jsonPath("$.items[0].values.criminalHistory").doesNotExist());
	}

	@Test
	void theDataInventoryListsEveryTrackerTypesPersonalDataWithItsScheduleAndRules() {
		List<InventoryEntry> entries = inventory.entries();
		assertThat(entries).filteredOn(e -> e.recordType().startsWith("correspondence.tracker."))
			.extracting(InventoryEntry::recordType).contains("correspondence.tracker.rams",
					"correspondence.tracker.occ-pmt", "correspondence.tracker.opq-report-requests",
					"correspondence.tracker.lets", "correspondence.tracker.stars-privacy-incidents",
					"correspondence.tracker.ra-tracker", "correspondence.tracker.scopsscata",
					"correspondence.tracker.emma");
		InventoryEntry criminal = entries.stream()
			.filter(e -> e.recordType().equals("correspondence.tracker.occ-pmt") && e.field().equals("criminalHistory"))
			.findFirst().orElseThrow();
		assertThat(criminal.category()).isEqualTo(PiiCategory.SENSITIVE_PII);
		assertThat(criminal.sensitivity()).isEqualTo(Sensitivity.HIGH);
		assertThat(criminal.visibleTo()).isEqualTo("occ_attorney");
		assertThat(criminal.exportable()).isFalse();
		assertThat(criminal.retentionRule()).isEqualTo("Delete 6 months after the final decision.");
		assertThat(criminal.source()).contains("Correspondence PIA Appendix A, OCC-PMT");
		assertThat(entries).filteredOn(e -> e.recordType().equals("correspondence.tracker.emma"))
			.extracting(InventoryEntry::field).contains("receiptNumber", "applicantName", "aNumber")
			.doesNotContain("correspondenceType");
	}

	@Test
	void everyTrackerTypeHasADestroyerThatRemovesItsItemWhenRetentionEnds() throws Exception {
		assertThat(destroyers).extracting(org.casekeep.kernel.retention.RecordDestroyer::recordType)
			.filteredOn(type -> type.startsWith("correspondence.tracker.")).hasSize(8);
		String id = api.created(TrackerUsers.OCC_ATTORNEY, "occ-pmt", OCC_MATTER);
		org.casekeep.kernel.retention.RecordDestroyer occ = destroyers.stream()
			.filter(d -> d.recordType().equals("correspondence.tracker.occ-pmt")).findFirst().orElseThrow();
		transactions.executeWithoutResult(status -> occ.destroy(id));
		transactions.executeWithoutResult(status -> occ.destroy(id));
		assertThat(single("select count(*) from correspondence.tracker_item where id = ?::uuid", id)).isEqualTo("0");
	}

	@Test
	void anIllegalTransitionIsRefusedWith409AndAStaleVersionToo() throws Exception {
		String id = api.created(TrackerUsers.OCC_ATTORNEY, "occ-pmt", OCC_MATTER);
		api.advance(TrackerUsers.OCC_ATTORNEY, "occ-pmt", id, "FINAL_DECISION", "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The item is Received: it cannot move to Final decision"));
		api.advance(TrackerUsers.OCC_ATTORNEY, "occ-pmt", id, "NO_SUCH_STAGE", "{}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("stage"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/correspondence/trackers/occ-pmt/items/{id}/stage", id).with(TrackerUsers.OCC_ATTORNEY.token())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"LEGAL_REVIEW\",\"version\":7,\"values\":{}}"))
			.andExpect(status().isConflict());
	}

	@Test
	void listsArePagedAndSorted() throws Exception {
		for (int i = 0; i < 3; i++) {
			api.created(TrackerUsers.RAMS_USER, "rams", """
					{"title":"Paged rule %d","actionType":"NOTICE","sponsoringComponent":"TSA"}""".formatted(i));
		}
		mvc.perform(get("/api/correspondence/trackers/rams/items?size=2&page=1&sort=reference&direction=asc")
				.with(TrackerUsers.RAMS_USER.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.size").value(2));
		String first = single("select min(reference) from correspondence.tracker_item where tracker_type = 'rams'");
		mvc.perform(get("/api/correspondence/trackers/rams/items?size=2&sort=reference&direction=asc")
				.with(TrackerUsers.RAMS_USER.token()))
			.andExpect(jsonPath("$.items[0].reference").value(first));
	}
}
