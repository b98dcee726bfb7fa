package org.casekeep.detention.reports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casekeep.detention.OidoUsers;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.SignedIn;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OIDO's reports on seeded complaints (PIA overview "Reporting and Metrics", 3.3, 8.1): exact counts by the dimensions
 * an analyst chooses, the workflow medians and 90th percentiles, the annual report to Congress with its small cell
 * suppressed together with complements in the CSV, a PDF without a name or A-Number, who may see none of it, and the
 * audit entry of each generation.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ReportsIntegrationTests {

	/** FY2021: the office-report seeds, March and April 2021. */
	static final String OFFICE = "OIDO-2021-9";

	/** FY2022: the annual-report seeds, October and November 2021. */
	static final String ANNUAL = "OIDO-2022-9";

	static final String KROME = "Krome North Service Processing Center";
	static final String OTERO = "Otero County Processing Center";
	static final String PORT_ISABEL = "Port Isabel Service Processing Center";

	/** The ISSO reviews the audit log, not complaints (PIA 3.3: OCIO support has no access to the information). */
	static final RequestPostProcessor ISSO = SignedIn.as("isso-user", "PRIV", "isso");

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void seed() throws Exception {
		try (SeededComplaints office = new SeededComplaints(OFFICE)) {
			String[] medical = { "MEDICAL" };
			for (int i = 0; i < 3; i++) {
				office.add("RECEIVED", "MAIL", LocalDate.of(2021, 3, 1 + i), "Alpha Detention Center", medical, null, null,
						null, "Office Seed R" + i, "A20210000" + i);
			}
			// Received 1 March (05:00 UTC in New York's winter time), triaged 2 and 10 days later.
			office.add("ACCEPTED", "EMAIL", LocalDate.of(2021, 3, 1), "Alpha Detention Center",
					new String[] { "MEDICAL", "ABUSE" }, null, Instant.parse("2021-03-03T05:00:00Z"), null,
					"Office Seed A0", "A202100010");
			office.add("ACCEPTED", "EMAIL", LocalDate.of(2021, 3, 1), "Alpha Detention Center",
					new String[] { "MEDICAL", "ABUSE" }, null, Instant.parse("2021-03-11T05:00:00Z"), null,
					"Office Seed A1", "A202100011");
			// April, summer time (04:00 UTC): triaged after 4, 1 and 3 days; one closed after 10.
			office.add("REFERRED", "FAX", LocalDate.of(2021, 4, 2), "Beta Processing Center",
					new String[] { "LEGAL_REPRESENTATION" }, "OIG", Instant.parse("2021-04-06T04:00:00Z"), null,
					"Office Seed F0", "A202100020");
			office.add("CLOSED", "TELEPHONE", LocalDate.of(2021, 4, 20), "Beta Processing Center", new String[0], null,
					Instant.parse("2021-04-21T04:00:00Z"), Instant.parse("2021-04-30T04:00:00Z"), "Office Seed C0",
					"A202100030");
			office.add("DECLINED", "MAIL", LocalDate.of(2021, 4, 25), null, new String[0], null,
					Instant.parse("2021-04-28T04:00:00Z"), null, "Office Seed D0", "A202100040");
		}
		try (SeededComplaints annual = new SeededComplaints(ANNUAL)) {
			seedAnnual(annual, KROME, LocalDate.of(2021, 10, 5), 30, 20, new String[] { "MEDICAL", "LANGUAGE_ACCESS" });
			seedAnnual(annual, OTERO, LocalDate.of(2021, 11, 10), 25, 4, new String[] { "MEDICAL" });
			seedAnnual(annual, PORT_ISABEL, LocalDate.of(2021, 11, 15), 15, 12, new String[] { "MEDICAL" });
			seedAnnual(annual, "Small County Jail", LocalDate.of(2021, 11, 20), 3, 0, new String[] { "MEDICAL" });
		}
	}

	private static void seedAnnual(SeededComplaints seeds, String facility, LocalDate received, int closed, int accepted,
			String[] categories) throws Exception {
		for (int i = 0; i < closed + accepted; i++) {
			boolean isClosed = i < closed;
			seeds.add(isClosed ? "CLOSED" : "ACCEPTED", "MAIL", received, facility, categories, null,
					Instant.parse("2021-12-01T12:00:00Z"), isClosed ? Instant.parse("2022-01-10T12:00:00Z") : null,
					"Annual Seed " + facility.charAt(0) + i, "A3" + String.format("%08d", facility.length() * 1000 + i));
		}
	}

	@Test
	void analystsCountComplaintsByFacilityAndStatusExactly() throws Exception {
		String body = api("/api/detention/reports/counts?rows=FACILITY&columns=STATUS&from=2021-03-01&to=2021-04-30",
				OidoUsers.ANALYST.token());
		assertThat(JsonPath.<List<String>>read(body, "$.rowLabels"))
			.containsExactly("Alpha Detention Center", "Beta Processing Center", "Not recorded");
		assertThat(JsonPath.<List<String>>read(body, "$.columnLabels")).containsExactly("Received, awaiting triage",
				"Accepted and assigned", "Referred", "Declined", "Resolved and closed");
		assertThat(JsonPath.<List<List<Integer>>>read(body, "$.counts"))
			.containsExactly(List.of(3, 2, 0, 0, 0), List.of(0, 0, 1, 0, 1), List.of(0, 0, 0, 1, 0));
		assertThat(JsonPath.<List<Integer>>read(body, "$.rowTotals")).containsExactly(5, 2, 1);
		assertThat(JsonPath.<List<Integer>>read(body, "$.columnTotals")).containsExactly(3, 2, 1, 1, 1);
		assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(8);
		assertThat(body).doesNotContain("Office Seed").doesNotContain("A20210");
	}

	@Test
	void categoriesAreCountedOnceForEachCategoryAComplaintNames() throws Exception {
		String body = api("/api/detention/reports/counts?rows=category&from=2021-03-01&to=2021-04-30",
				OidoUsers.MANAGER.token());
		assertThat(JsonPath.<List<String>>read(body, "$.rowLabels"))
			.containsExactly("Abuse", "Legal representation", "Medical concerns", "No category given");
		assertThat(JsonPath.<List<Integer>>read(body, "$.rowTotals")).containsExactly(2, 1, 5, 2);
		assertThat(JsonPath.<Integer>read(body, "$.total")).as("categories named, not complaints").isEqualTo(10);
		assertThat(JsonPath.<Boolean>read(body, "$.countsMentions")).isTrue();
	}

	@Test
	void countsByMonthAndTheOfficeReferredTo() throws Exception {
		String body = api("/api/detention/reports/counts?rows=MONTH&columns=COMPONENT&from=2021-03-01&to=2021-04-30",
				OidoUsers.ANALYST.token());
		assertThat(JsonPath.<List<String>>read(body, "$.rowLabels")).containsExactly("March 2021", "April 2021");
		assertThat(JsonPath.<List<String>>read(body, "$.columnLabels"))
			.containsExactly("Not referred", "DHS Office of Inspector General");
		assertThat(JsonPath.<List<List<Integer>>>read(body, "$.counts")).containsExactly(List.of(5, 0), List.of(2, 1));
	}

	@Test
	void theWorkflowMetricsGiveTheMedianAndNinetiethPercentileOfDaysPerMonth() throws Exception {
		String body = api("/api/detention/reports/workflow?from=2021-03-01&to=2021-04-30", OidoUsers.ANALYST.token());
		assertThat(JsonPath.<List<String>>read(body, "$[*].month")).containsExactly("2021-03", "2021-04");
		assertThat(JsonPath.<List<Integer>>read(body, "$[*].triaged")).containsExactly(2, 3);
		assertThat(JsonPath.<List<Double>>read(body, "$[*].triageMedianDays")).containsExactly(6.0, 3.0);
		assertThat(JsonPath.<List<Double>>read(body, "$[*].triageP90Days")).containsExactly(9.2, 3.8);
		assertThat(JsonPath.<List<Integer>>read(body, "$[*].resolved")).containsExactly(0, 1);
		assertThat(JsonPath.<Double>read(body, "$[1].resolutionMedianDays")).isEqualTo(10.0);
		assertThat(JsonPath.<Object>read(body, "$[0].resolutionMedianDays")).isNull();
	}

	@Test
	void aSmallCellOfTheAnnualReportIsSuppressedWithComplementsSoNoTotalGivesItAway() throws Exception {
		String csv = download("/api/detention/reports/annual/2022.csv", OidoUsers.MANAGER.token(), "text/csv");
		List<List<String>> facilityTable = table(csv, "Table 2:");
		List<String> header = facilityTable.getFirst();
		int accepted = header.indexOf("Awaiting triage or in progress");
		int closed = header.indexOf("Resolved and closed");
		List<String> otero = row(facilityTable, OTERO);
		assertThat(otero.get(accepted)).as("4 complaints is below the minimum cell 11").isEqualTo("suppressed");
		assertThat(otero.stream().filter("suppressed"::equals).count())
			.as("a second cell of Otero's row is hidden, so the row total does not give the 4 away").isGreaterThanOrEqualTo(2);
		assertThat(facilityTable.stream().skip(1).filter(r -> r.get(accepted).equals("suppressed")).count())
			.as("a second cell of the open complaints' column is hidden too").isGreaterThanOrEqualTo(2);
		assertThat(row(facilityTable, KROME).subList(1, header.size()))
			.containsExactly("20", "0", "0", "30", "50");
		assertThat(row(facilityTable, "Total").get(accepted)).isEqualTo("36");
		assertThat(row(facilityTable, "Total").get(closed)).isEqualTo("73");
		assertThat(row(facilityTable, "Total").getLast()).isEqualTo("109");
		assertThat(row(facilityTable, "Other facilities (each below the minimum cell)").getLast())
			.as("a facility with 3 complaints in the year is combined with the others, and its count hidden")
			.isEqualTo("suppressed");
		assertThat(csv).doesNotContain("Small County Jail");
		// The published numbers leave the hidden ones a range, never one value.
		List<String> published = new ArrayList<>();
		for (List<String> line : facilityTable.subList(1, facilityTable.size())) {
			published.addAll(line);
		}
		assertThat(published).doesNotContain("4");
		List<List<String>> months = table(csv, "Table 1:");
		assertThat(row(months, "October 2021").subList(1, header.size())).containsExactly("20", "0", "0", "30", "50");
		assertThat(row(months, "November 2021").get(accepted)).isEqualTo("16");
		assertThat(row(months, "November 2021").get(closed)).isEqualTo("43");
		assertThat(csv).contains("every suppressed cell's feasible range is at least 11 wide")
			.doesNotContain("Annual Seed").doesNotContain("A3000");
	}

	@Test
	void theAnnualReportPdfOpensAndHoldsNoNameOrANumber() throws Exception {
		byte[] pdf = mvc.perform(get("/detention/reports/annual/2022.pdf").with(OidoUsers.ANALYST.token()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isPositive();
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("annual report to Congress, FY2022").contains(KROME)
			.contains("suppressed").contains("every suppressed cell's feasible range is at least 11 wide");
		try (var db = TestDatabase.superuser(); var rs = db.createStatement().executeQuery("""
				select detainee_name, a_number from detention.complaint where case_number like 'OIDO-2022-9%'""")) {
			int seen = 0;
			while (rs.next()) {
				assertThat(text).doesNotContain(rs.getString(1)).doesNotContain(rs.getString(2));
				seen++;
			}
			assertThat(seen).isEqualTo(109);
		}
	}

	@Test
	void generatingTheAnnualReportIsAuditedWithWhoAndWhichYear() throws Exception {
		long before = TestDatabase.count("""
				select count(*) from kernel.audit_entry where record_type = 'detention.annual-report'""");
		download("/api/detention/reports/annual/2022.csv", OidoUsers.MANAGER.token(), "text/csv");
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_type = 'detention.annual-report'"))
			.isEqualTo(before + 1);
		assertThat(TestDatabase.single("""
				select actor || ' ' || action || ' ' || record_id || ' ' || details from kernel.audit_entry
				where record_type = 'detention.annual-report' order by id desc limit 1"""))
			.isEqualTo("oido-manager EXPORT FY2022 FY2022 annual report to Congress generated as csv by oido-manager");
	}

	@Test
	void intakeStaffOtherComponentsAdministratorsAndTheIssoGetNoReport() throws Exception {
		List<RequestPostProcessor> refused = List.of(OidoUsers.INTAKE.token(), OidoUsers.ICE_LIAISON.token(),
				OidoUsers.ICE_WITH_OIDO_ROLE.token(), OidoUsers.ADMIN.token(), ISSO);
		for (RequestPostProcessor user : refused) {
			for (String path : List.of("/api/detention/reports/counts?rows=FACILITY", "/api/detention/reports/workflow",
					"/api/detention/reports/annual/2022.csv", "/api/detention/reports/annual/2022.pdf")) {
				mvc.perform(get(path).with(user)).andExpect(status().isForbidden());
			}
			PageTesting.html(mvc, get("/detention/reports").with(user), 403);
			PageTesting.html(mvc, get("/detention/reports/annual").param("year", "2022").with(user), 403);
		}
		assertThat(TestDatabase.count("""
				select count(*) from kernel.audit_entry where action = 'ACCESS_DENIED' and actor = 'oido-intake'
				and record_type = 'detention.report'""")).as("every refusal is audited").isPositive();
	}

	@Test
	void thePagesShowTheTablesStackedForSmallScreensAndTheAuditOfTheAnnualReport() throws Exception {
		String counts = PageTesting.html(mvc, get("/detention/reports").param("rows", "FACILITY").param("columns", "STATUS")
				.param("from", "2021-03-01").param("to", "2021-04-30").with(OidoUsers.ANALYST.token()), 200);
		assertThat(counts).contains("usa-table--stacked").contains("data-label=\"Received, awaiting triage\"")
			.contains("Alpha Detention Center").doesNotContain("Office Seed");
		String workflow = PageTesting.html(mvc, get("/detention/reports/workflow").param("from", "2021-03-01")
				.param("to", "2021-04-30").with(OidoUsers.MANAGER.token()), 200);
		assertThat(workflow).contains("March 2021").contains("9.2");
		String annual = PageTesting.html(mvc, get("/detention/reports/annual").param("year", "2022")
				.with(OidoUsers.MANAGER.token()), 200);
		assertThat(annual).contains("every suppressed cell&#39;s feasible range is at least 11 wide")
			.contains("/detention/reports/annual/2022.pdf").contains(">suppressed<");
	}

	@Test
	void aReportThatCannotBeReadSaysWhichFieldAndWritesNothing() throws Exception {
		mvc.perform(get("/api/detention/reports/counts?rows=PERSON").with(OidoUsers.ANALYST.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("rows")));
		mvc.perform(get("/api/detention/reports/counts?rows=STATUS&columns=STATUS").with(OidoUsers.ANALYST.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("columns")));
		mvc.perform(get("/api/detention/reports/workflow?from=2021-05-01&to=2021-04-01").with(OidoUsers.ANALYST.token()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/detention/reports/annual/1999.csv").with(OidoUsers.MANAGER.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("year")));
		String page = PageTesting.html(mvc, get("/detention/reports").param("from", "not a date")
				.with(OidoUsers.ANALYST.token()), 422);
		assertThat(page).contains("Enter the date as YYYY-MM-DD");
	}

	private String api(String path, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String download(String path, RequestPostProcessor user, String type) throws Exception {
		return new String(mvc.perform(get(path).with(user)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(type))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The header and rows of the CSV table whose title starts so, up to the blank line after it. */
	static List<List<String>> table(String csv, String title) {
		List<List<String>> rows = new ArrayList<>();
		boolean in = false;
		for (String line : csv.split("\r\n", -1)) {
			if (line.startsWith(title)) {
				in = true;
				continue;
			}
			if (in && line.isEmpty()) {
				break;
			}
			if (in && !line.startsWith("A complaint") && !line.startsWith("Facility of")) {
				rows.add(cells(line));
			}
		}
		return rows;
	}

	static List<String> row(List<List<String>> table, String label) {
		return table.stream().filter(r -> r.getFirst().equals(label)).findFirst()
			.orElseThrow(() -> new AssertionError("No row " + label + " in " + table));
	}

	/** RFC 4180 cells of one line. */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
