package org.casekeep.survey;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.publicweb.FormStamps;
import org.casekeep.survey.reports.StudyReports;
import org.casekeep.testing.Database;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Customer research at the size the Customer Research PIA's studies reach (printed by {@code bin/bench}, never part
 * of the default run). A study of employees with one instrument of 30 questions, set up through the API as a
 * researcher would, and 100,000 answers to it generated with set-based SQL (3,000,000 values); then a three-way
 * demographic cross-tab (age band by gender by state) with complementary suppression and its linear-programming
 * audit, through the same service as the report page (target at most 2 s); public answer submission from 50
 * concurrent respondents through the public page, 30 answers each (target p95 at most 50 ms); and closing a final wave
 * of 10,000 participants, which destroys their contact data (target at most 1 s). {@code -Dbench.answers=},
 * {@code -Dbench.participants=}, {@code -Dbench.survey.calls=} and {@code -Dbench.survey.each=} (answers per
 * respondent) change the sizes.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casekeep.public.form-min-seconds=0", "casekeep.public.submissions-per-hour=1000000",
		"casekeep.public.pages-per-minute=1000000" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBenchmarks {

	static final int ANSWERS = Integer.getInteger("bench.answers", 100_000);
	static final int PARTICIPANTS = Integer.getInteger("bench.participants", 10_000);
	static final int CALLS = Integer.getInteger("bench.survey.calls", 3);
	static final int RESPONDENTS = 50;
	static final int EACH = Integer.getInteger("bench.survey.each", 4);
	static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");
	static final String STUDIES = "/api/research/studies";

	static final RequestPostProcessor RESEARCHER = DemoUsers.token("researcher", "USCIS", "researcher");
	static final RequestPostProcessor PRIVACY = DemoUsers.token("uscis-privacy", "USCIS", "privacy_officer");
	static final RequestPostProcessor APPROVER = DemoUsers.token("research-approver", "PRIV", "research_approver");
	static final Actor RESEARCHER_ACTOR = new Actor("researcher", "USCIS", java.util.Set.of("researcher"));

	static final List<String> AGE = List.of("Under 25", "25-34", "35-44", "45-54", "55-64", "65 or over");
	static final List<String> GENDER = List.of("Woman", "Man", "Another gender", "Prefer not to say");
	static final List<String> STATE = List.of("CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "VT");

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyReports reports;

	String study;
	String instrument;
	List<String> questions = new ArrayList<>();

	@BeforeAll
	void generate() throws Exception {
		LocalDate today = LocalDate.now();
		study = JsonPath.read(json(post(STUDIES), RESEARCHER, """
				{"title":"Workplace survey","method":"SURVEY","purpose":"Employee experience of the new systems",
				 "population":"EMPLOYEES_AND_CONTRACTORS","federalEmployeesOnly":true,"plannedParticipants":"%d",
				 "startsOn":"%s","endsOn":"%s","vendorTool":null}""".formatted(PARTICIPANTS, today, today.plusMonths(6)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		instrument = JsonPath.read(json(post(STUDIES + "/{id}/instruments", study), RESEARCHER,
				"{\"title\":\"Workplace questionnaire\"}").andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		question("{\"kind\":\"DEMOGRAPHIC\",\"demographic\":\"AGE_BAND\",\"text\":\"What is your age range?\",\"choices\":"
				+ array(AGE) + "}");
		question("{\"kind\":\"DEMOGRAPHIC\",\"demographic\":\"GENDER\",\"text\":\"What is your gender?\",\"choices\":"
				+ array(GENDER) + "}");
		question("{\"kind\":\"DEMOGRAPHIC\",\"demographic\":\"STATE\",\"text\":\"In which state do you work?\",\"choices\":"
				+ array(STATE) + "}");
		for (int i = 4; i <= 30; i++) {
			question("{\"kind\":\"RATING_SCALE\",\"text\":\"Question " + i + ": how satisfied are you?\",\"scalePoints\":\"5\"}");
		}
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			System.out.println("BENCHMARK database: " + Database.settings());
			long started = System.nanoTime();
			statement.execute("select setseed(0.41)");
			statement.execute("""
					create temporary table bench_answer as
					select gen_random_uuid() as id, floor(random() * 1000)::int as a, floor(random() * 1000)::int as g,
					       floor(random() * 1000)::int as s
					from generate_series(1, %d)""".formatted(ANSWERS));
			statement.execute("""
					insert into survey.answer (id, study_id, wave_number, received_on, language, keyed_in)
					select id, '%s', 1, current_date, 'en', false from bench_answer""".formatted(study));
			// Skewed so that some cells are small: few answers under 25 or over 65, few from Vermont, a rare gender.
			statement.execute(values(0, "case when a < 20 then 'Under 25' when a < 270 then '25-34' when a < 520 "
					+ "then '35-44' when a < 770 then '45-54' when a < 985 then '55-64' else '65 or over' end"));
			statement.execute(values(1, "case when g < 480 then 'Woman' when g < 960 then 'Man' when g < 968 "
					+ "then 'Another gender' else 'Prefer not to say' end"));
			statement.execute(values(2, "(array['CA','TX','FL','NY','PA','IL','OH','GA','NC','VT'])"
					+ "[case when s < 996 then 1 + s % 9 else 10 end]"));
			for (int q = 3; q < 30; q++) {
				statement.execute(values(q, "(1 + floor(random() * 5))::int::text"));
			}
			statement.execute("vacuum analyze survey.answer");
			statement.execute("vacuum analyze survey.answer_value");
			System.out.printf("BENCHMARK research data: %,d answers to a 30-question instrument (%,d values) in %.1f s%n",
					ANSWERS, ANSWERS * 30L, (System.nanoTime() - started) / 1e9);
		}
	}

	@Test
	@Order(1)
	void threeWayCrossTabWithSuppressionAndAudit() throws Exception {
		json(post(STUDIES + "/{id}/report/tables", study), RESEARCHER, "{\"questionIds\":[\"" + questions.get(0)
				+ "\",\"" + questions.get(1) + "\",\"" + questions.get(2) + "\"]}").andExpect(status().isCreated());
		long[] took = new long[CALLS];
		StudyReports.StudyReport[] last = new StudyReports.StudyReport[1];
		Actors.runAs(RESEARCHER_ACTOR, () -> {
			last[0] = reports.generate(UUID.fromString(study));
			for (int i = 0; i < CALLS; i++) {
				long start = System.nanoTime();
				last[0] = reports.generate(UUID.fromString(study));
				took[i] = System.nanoTime() - start;
			}
		});
		assertThat(last[0].auditPassed()).isTrue();
		int suppressed = last[0].tables().getFirst().suppressed();
		assertThat(suppressed).as("the skew leaves small cells to protect").isPositive();
		print("research report, 3-way cross-tab (7 x 5 x 11 with no-answer) with complementary suppression and LP audit, "
				+ suppressed + " cells suppressed", took, "2,000 ms");
	}

	@Test
	@Order(2)
	void publicAnswersFromFiftyConcurrentRespondents() throws Exception {
		json(post(STUDIES + "/{id}/pta/submission", study), RESEARCHER, "{}").andExpect(status().isOk());
		json(post(STUDIES + "/{id}/pta/review", study), PRIVACY, "{}").andExpect(status().isOk());
		json(post(STUDIES + "/{id}/pta/approval", study), APPROVER, "{}").andExpect(status().isOk());
		json(post(STUDIES + "/{id}/instruments/{i}/approval", study, instrument), APPROVER, "{}")
			.andExpect(status().isOk());
		mvc.perform(post(STUDIES + "/{id}/waves", study).with(RESEARCHER)).andExpect(status().isCreated());
		for (int i = 0; i < RESPONDENTS * EACH; i++) {
			json(post(STUDIES + "/{id}/participants", study), RESEARCHER,
					"{\"name\":\"Respondent " + i + "\",\"email\":\"respondent" + i + "@example.org\",\"phone\":null}")
				.andExpect(status().isCreated());
		}
		List<String> links = JsonPath.read(json(post(STUDIES + "/{id}/invitations", study), RESEARCHER, "{}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$[*].link");
		assertThat(links).hasSize(RESPONDENTS * EACH);
		ExecutorService pool = Executors.newFixedThreadPool(RESPONDENTS);
		List<Long> took = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		try {
			List<Future<?>> respondents = new ArrayList<>();
			for (int r = 0; r < RESPONDENTS; r++) {
				String address = "198.51.100." + (10 + r);
				List<String> theirs = links.subList(r * EACH, (r + 1) * EACH);
				respondents.add(pool.submit(() -> {
					for (String link : theirs) {
						took.add(answer(address, link));
					}
					return null;
				}));
			}
			for (Future<?> respondent : respondents) {
				respondent.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] times = took.stream().mapToLong(Long::longValue).toArray();
		print("public answer submission, " + RESPONDENTS + " concurrent respondents (POST of the 30-question page)",
				times, "50 ms");
		System.out.printf("BENCHMARK public answer throughput: %d submissions in %.1f s, %.1f a second%n",
				times.length, seconds, times.length / seconds);
	}

	/** One respondent's page: served, filled, posted; answers the post's time. */
	private long answer(String address, String link) throws Exception {
		RequestPostProcessor from = request -> {
			request.setRemoteAddr(address);
			return request;
		};
		String form = mvc.perform(get(link).with(from)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Matcher stamp = STAMP.matcher(form);
		assertThat(stamp.find()).as("the page carries its stamp").isTrue();
		MockHttpServletRequestBuilder answers = post(link).with(from).with(csrf())
			.param(FormStamps.STAMP, stamp.group(1)).param(FormStamps.HONEYPOT, "")
			.param("q-" + questions.get(0), AGE.get(1)).param("q-" + questions.get(1), GENDER.get(0))
			.param("q-" + questions.get(2), STATE.get(2));
		for (int q = 3; q < 30; q++) {
			answers.param("q-" + questions.get(q), Integer.toString(1 + q % 5));
		}
		long start = System.nanoTime();
		mvc.perform(answers).andExpect(status().isOk());
		return System.nanoTime() - start;
	}

	@Test
	@Order(3)
	void closingAFinalWaveOfTenThousandParticipants() throws Exception {
		// The respondents of the test before are participants too: the wave closes on exactly PARTICIPANTS.
		try (Connection db = Database.superuser(); Statement statement = db.createStatement()) {
			statement.execute("""
					insert into survey.participant (id, study_id, research_unit, source, name, email, phone, address,
					    pseudonym, added_by, added_on)
					select gen_random_uuid(), '%s', 'USCIS', 'DIRECT', b, b, b, b, b, 'researcher', current_date
					from generate_series(1, %d), lateral (select decode(md5(random()::text), 'hex') as b) sealed""".formatted(study,
					PARTICIPANTS - RESPONDENTS * EACH));
			statement.execute("vacuum analyze survey.participant");
		}
		long start = System.nanoTime();
		json(post(STUDIES + "/{id}/waves/1/closure", study), RESEARCHER, "{\"finalWave\":true}")
			.andExpect(status().isOk());
		long took = System.nanoTime() - start;
		try (Connection db = Database.superuser(); Statement statement = db.createStatement();
				var rs = statement.executeQuery("select count(*) from survey.participant where study_id = '" + study
						+ "' and shredded and num_nulls(name, email, phone, address, pseudonym) = 5")) {
			rs.next();
			assertThat(rs.getLong(1)).as("every participant's contact data destroyed").isEqualTo(PARTICIPANTS);
		}
		System.out.printf("BENCHMARK closing the final wave of %,d participants (contact data destroyed, key "
				+ "destroyed, through the API): %.1f ms (target <= 1,000 ms)%n", PARTICIPANTS, took / 1e6);
	}

	private String values(int question, String value) {
		return """
				insert into survey.answer_value (id, answer_id, instrument_id, instrument_version, question_id, value)
				select gen_random_uuid(), id, '%s', 1, '%s', %s from bench_answer""".formatted(instrument,
				questions.get(question), value);
	}

	private void question(String body) throws Exception {
		json(post(STUDIES + "/{id}/instruments/{i}/questions", study, instrument), RESEARCHER, body)
			.andExpect(status().isCreated());
		String view = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get(STUDIES + "/{id}/instruments/{i}", study, instrument).with(RESEARCHER))
			.andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(view, "$.questions[*].id");
		questions = new ArrayList<>(ids);
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor by, String body)
			throws Exception {
		return mvc.perform(request.with(by).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String array(List<String> values) {
		return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
	}

	private static void print(String what, long[] took, String target) {
		long[] sorted = took.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		System.out.printf("BENCHMARK %s (%,d answers, %d calls): median %.1f ms, p95 %.1f ms, max %.1f ms (target <= %s)%n",
				what, ANSWERS, n, sorted[n / 2] / 1e6, sorted[(int) Math.ceil(n * 0.95) - 1] / 1e6, sorted[n - 1] / 1e6,
				target);
	}
}
