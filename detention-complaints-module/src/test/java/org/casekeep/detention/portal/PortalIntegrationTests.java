package org.casekeep.detention.portal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public complaint portal as a submitter meets it, without sign-in, on the module's database: the Privacy Act
 * Statement before the first field (PIA 4.1), the consent questions (4.2), optional fields marked (2.5), English and
 * Spanish; an anonymous complaint (footnote 2) with its case number and receipt code, shown once and stored only as an
 * Argon2id hash; the bot trap; the status check that says the same for a wrong code and an unknown case; information
 * appended as received (2.4); the confirmation e-mail with the case number only (7.3), logged (8.1).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(PortalMail.class)
@TestPropertySource(properties = { "casekeep.public.form-key=" + PortalIntegrationTests.KEY_BASE64,
		"casekeep.public.submissions-per-hour=1000", "casekeep.public.pages-per-minute=1000" })
class PortalIntegrationTests {

	static final String KEY_BASE64 = "a2V5LW9mLXRoZS1wb3J0YWwtdGVzdHMtMzItYnl0ZXMhIQ==";

	private static final Pattern CASE_NUMBER = Pattern.compile("id=\"case-number\"[^>]*>(OIDO-\\d{4}-\\d{6})<");

	private static final Pattern CODE = Pattern.compile("id=\"receipt-code\"[^>]*>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})<");

	@Autowired
	MockMvc mvc;

	@Test
	void thePrivacyActStatementComesBeforeTheFirstFieldWithTheConsentQuestionsAndOptionalFieldsMarked() throws Exception {
		String html = PageTesting.html(mvc, get("/public/detention/complaint"), 200);
		int statement = html.indexOf("Privacy Act Statement");
		int firstField = firstField(html);
		assertThat(statement).isPositive();
		assertThat(statement).as("the statement precedes the first field").isLessThan(firstField);
		assertThat(html.substring(statement, firstField)).contains("Authority:").contains("Purpose:")
			.contains("Routine uses:").contains("Giving this information is voluntary");
		assertThat(html).contains("<html lang=\"en\"")
			.contains("The detainee consents to OIDO investigating the complaint")
			.contains("The detainee consents to OIDO disclosing information in the file to a designated representative")
			.contains("I want to complain anonymously");
		for (String optional : new String[] { "aNumber", "submitterName", "detaineeAliases", "sex", "citizenships",
				"stays0.facility", "incidentDate", "verificationSignedBy", "attachment" }) {
			assertThat(label(html, optional)).as(optional).contains("(optional)").doesNotContain("*");
		}
		assertThat(label(html, "description")).contains("*").doesNotContain("(optional)");
		assertThat(PageTesting.tag(html, "id=\"aNumber\"")).contains("aria-describedby=\"aNumber-hint\"");
		assertThat(html).contains("name=\"stamp\"").contains("name=\"website\"").contains("type=\"file\"");
	}

	@Test
	void spanishSpeakersReadTheWholeFormAndThePrivacyActStatementInSpanish() throws Exception {
		String html = PageTesting.html(mvc, get("/public/detention/complaint").param("lang", "es"), 200);
		assertThat(html).contains("<html lang=\"es\"");
		int statement = html.indexOf("Declaración de la Ley de Privacidad");
		assertThat(statement).isPositive().isLessThan(firstField(html));
		assertThat(html).contains("Dar esta información es voluntario").contains("Describa el problema")
			.contains("Número A (A-Number)").contains("(opcional)").contains("Enviar la queja")
			.contains("Quiero presentar la queja de forma anónima").doesNotContain("(optional)")
			.doesNotContain("Describe the problem").doesNotContain("Privacy Act Statement");
		assertThat(label(html, "aNumber")).contains("(opcional)");
	}

	@Test
	void anAnonymousComplaintGetsACaseNumberAndAReceiptCodeShownOnceAndOnlyItsHashIsStored() throws Exception {
		MvcResult result = mvc.perform(complaint()
				.param("anonymous", "true")
				.param("description", "Los guardias tiraron mis medicinas. Pasaporte número K9988776.")
				.param("categories", "MEDICAL").param("stays[0].facility", "Krome North"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/public/detention/complaint/received"))
			.andReturn();
		assertThat(result.getFlashMap().containsKey("receipt")).isTrue();
		MvcResult shown = mvc.perform(get("/public/detention/complaint/received").flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		String html = shown.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String caseNumber = find(CASE_NUMBER, html);
		String code = find(CODE, html);
		assertThat(html).contains("This is the only time we show the receipt code").doesNotContain("K9988776")
			.doesNotContain("PASSPORT");
		assertThat(TestDatabase.single("select channel || ' ' || anonymous || ' ' || created_by || ' ' || "
				+ "array_to_string(description_findings, ',') || ' ' || description_redacted from detention.complaint "
				+ "where case_number = ?", caseNumber))
			.as("filed through intake, the SPII scan's findings held for staff").isEqualTo(
					"PORTAL true public-portal PASSPORT_NUMBER false");
		assertThat(TestDatabase.single("select receipt_code_hash from detention.complaint where case_number = ?",
				caseNumber)).startsWith("$argon2id$");
		String bare = code.replace("-", "");
		assertThat(TestDatabase.count("""
				select count(*) from detention.complaint c where strpos(upper(row_to_json(c)::text), '%s') > 0
				   or strpos(upper(row_to_json(c)::text), '%s') > 0""".formatted(bare, code)))
			.as("the code is nowhere in the complaint").isZero();
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry a where strpos(upper(row_to_json(a)::text), '"
				+ bare + "') > 0 or strpos(upper(row_to_json(a)::text), '" + code + "') > 0")).as("nor in the audit").isZero();
		// Shown once: the page cannot be reached again.
		mvc.perform(get("/public/detention/complaint/received")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theBotTrapRefusesAFormSentTooFastOrWithTheHoneypotFilledAndKeepsWhatWasTypedWithoutStoringAnything()
			throws Exception {
		String form = PageTesting.html(mvc, get("/public/detention/complaint"), 200);
		String served = find(Pattern.compile("name=\"stamp\" value=\"([^\"]+)\""), form);
		long before = TestDatabase.count("select count(*) from detention.complaint");
		String tooFast = PageTesting.html(mvc, post("/public/detention/complaint").with(csrf()).param("stamp", served)
				.param("website", "").param("description", "Too fast to be typed by a person"), 422);
		assertThat(tooFast).contains("We could not accept the form").contains("Too fast to be typed by a person");
		String honeypot = PageTesting.html(mvc, complaint().param("website", "http://spam.example")
				.param("description", "A bot fills every field"), 422);
		assertThat(honeypot).contains("We could not accept the form");
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).isEqualTo(before);
	}

	@Test
	void aRejectedFormKeepsWhatWasTypedWithEachErrorNextToItsFieldInThePersonsLanguageAndStoresNothing()
			throws Exception {
		long before = TestDatabase.count("select count(*) from detention.complaint");
		String html = PageTesting.html(mvc, complaint().param("lang", "es").param("aNumber", "A12")
				.param("detaineeName", "Rosa Tecla").param("description", "")
				.param("incidentDate", "2999-01-01"), 422);
		assertThat(html).contains("Hay un problema").contains("Escriba el número A como la letra A")
			.contains("Describa el problema.").contains("href=\"#aNumber\"").contains("href=\"#description\"");
		assertThat(PageTesting.tag(html, "id=\"detaineeName\"")).contains("value=\"Rosa Tecla\"");
		assertThat(PageTesting.tag(html, "id=\"aNumber\"")).contains("value=\"A12\"").contains("usa-input--error")
			.contains("aria-invalid=\"true\"").contains("aNumber-error");
		assertThat(html).contains("id=\"aNumber-error\"").contains("id=\"incidentDate-error\"");
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).isEqualTo(before);
	}

	@Test
	void aFileOfAKindNotAcceptedIsRefusedInWordsWithTheFormKeptAndNothingStored() throws Exception {
		long before = TestDatabase.count("select count(*) from detention.complaint");
		MockMultipartHttpServletRequestBuilder sent = complaint();
		sent.file(new MockMultipartFile("attachment", "tool.exe", "application/octet-stream",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 }));
		String html = PageTesting.html(mvc, sent.param("description", "With a program attached"), 422);
		assertThat(html).contains("There is a problem").containsPattern("We cannot accept (this kind of file|this file)")
			.contains("Your file was not kept").contains("With a program attached");
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).isEqualTo(before);
	}

	@Test
	void aSubmitterWhoGaveAnEmailGetsTheCaseNumberByEmailNeverTheReceiptCodeAndTheConfirmationIsLogged()
			throws Exception {
		PortalMail.SENT.clear();
		MvcResult result = mvc.perform(complaint().param("submitterRole", "FAMILY_MEMBER")
				.param("submitterName", "Ana Ruiz").param("submitterEmail", "ana.ruiz@example.org")
				.param("detaineeName", "Luis Ruiz").param("description", "My brother has had no insulin for a week")
				.param("consentToInvestigate", "true").param("verificationSignedBy", "Ana Ruiz")
				.param("verificationSignedOn", "2026-11-30"))
			.andExpect(status().isSeeOther()).andReturn();
		String html = PageTesting.html(mvc, get("/public/detention/complaint/received").flashAttrs(result.getFlashMap()), 200);
		String caseNumber = find(CASE_NUMBER, html);
		String code = find(CODE, html);
		assertThat(html).contains("We sent a confirmation with the case number");
		assertThat(PortalMail.SENT).hasSize(1);
		SimpleMailMessage mail = PortalMail.SENT.get(0);
		assertThat(mail.getTo()).containsExactly("ana.ruiz@example.org");
		assertThat(mail.getSubject() + mail.getText()).contains(caseNumber).contains("oido@casekeep.example")
			.doesNotContain(code).doesNotContain(code.replace("-", ""));
		assertThat(TestDatabase.single("""
				select l.kind || ' ' || l.channel || ' ' || l.recipient_role || ' ' || l.outcome || ' ' || l.sent_by
				from detention.correspondence_log l join detention.complaint c on c.id = l.complaint_id
				where c.case_number = ?""", caseNumber)).isEqualTo("CONFIRMATION EMAIL SUBMITTER SENT public-portal");
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry a where a.record_type = "
				+ "'detention.correspondence' and strpos(row_to_json(a)::text, 'ana.ruiz') > 0"))
			.as("no address in the audit").isZero();
	}

	@Test
	void withTheRightCodeTheStatusIsShownAndWithAWrongCodeOrUnknownCaseTheSameMessageInTheSameTime()
			throws Exception {
		String[] filed = fileAnonymously("Nobody answers my requests for a lawyer");
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/public/detention/status").with(csrf()).session(session)
				.param("caseNumber", filed[0].toLowerCase()).param("receiptCode", filed[1].replace("-", " ").toLowerCase()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/public/detention/status/case"));
		String page = PageTesting.html(mvc, get("/public/detention/status/case").session(session), 200);
		assertThat(page).contains(filed[0]).contains("Received. It is waiting to be reviewed.")
			.doesNotContain("Nobody answers");

		String wrongCode = check(filed[0], "7K3Q-M9PX-2D4T-HV8C-R6WN");
		String unknownCase = check("OIDO-2026-999999", filed[1]);
		assertThat(wrongCode).contains("We could not find a complaint with this case number and receipt code");
		assertThat(withoutToken(unknownCase.replace("OIDO-2026-999999", filed[0]))).as("the same answer")
			.isEqualTo(withoutToken(wrongCode));
		assertThat(wrongCode).doesNotContain(filed[1]);

		long wrong = median(() -> check(filed[0], "7K3Q-M9PX-2D4T-HV8C-R6WN"));
		long unknown = median(() -> check("OIDO-2026-999998", filed[1]));
		assertThat(unknown).as("an unknown case costs as much as a wrong code (%d vs %d ms)", unknown, wrong)
			.isGreaterThan(wrong / 2);
	}

	@Test
	void informationAddedWithTheReceiptCodeIsAppendedAsReceivedWithoutAlteringTheOriginal() throws Exception {
		String[] filed = fileAnonymously("The facility took my Bible");
		String original = TestDatabase.single("select description from detention.complaint where case_number = ?", filed[0]);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/public/detention/status").with(csrf()).session(session).param("caseNumber", filed[0])
				.param("receiptCode", filed[1])).andExpect(status().isSeeOther());
		MockMultipartHttpServletRequestBuilder add = multipart("/public/detention/status/information");
		add.file(new MockMultipartFile("attachment", "request.txt", "text/plain",
				"Request to the chaplain, 2026-11-02".getBytes(StandardCharsets.UTF_8)));
		MvcResult added = mvc.perform(add.param("text", "  They gave it back torn.  ").with(csrf()).session(session))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/public/detention/status/case")).andReturn();
		assertThat(PageTesting.html(mvc, get("/public/detention/status/case").session(session)
				.flashAttrs(added.getFlashMap()), 200)).contains("We added what you sent to the complaint");
		assertThat(TestDatabase.single("select description from detention.complaint where case_number = ?", filed[0]))
			.isEqualTo(original);
		assertThat(TestDatabase.single("""
				select a.text || ' | ' || (a.document_id is not null) from detention.complaint_submitter_addition a
				join detention.complaint c on c.id = a.complaint_id where c.case_number = ?""", filed[0]))
			.isEqualTo("They gave it back torn. | true");
		assertThat(TestDatabase.single("""
				select d.kind || ' ' || d.uploaded_by from detention.complaint_document d
				join detention.complaint c on c.id = d.complaint_id where c.case_number = ?""", filed[0]))
			.isEqualTo("SENT_BY_SUBMITTER public-portal");
		// Analysts see it on the complaint's page, beside the complaint as received.
		String id = TestDatabase.single("select id::text from detention.complaint where case_number = ?", filed[0]);
		assertThat(PageTesting.html(mvc, get("/detention/complaints/{id}", id)
				.with(org.casekeep.detention.OidoUsers.ANALYST.token()), 200))
			.contains("Added by the submitter on the portal").contains("They gave it back torn.")
			.contains("The facility took my Bible");
		// Nothing to add is refused, in words, and nothing is appended.
		String empty = PageTesting.html(mvc, multipart("/public/detention/status/information").param("text", " ")
				.with(csrf()).session(session), 422);
		assertThat(empty).contains("Write something or choose a file to send.");
		assertThat(TestDatabase.count("select count(*) from detention.complaint_submitter_addition a join "
				+ "detention.complaint c on c.id = a.complaint_id where c.case_number = '" + filed[0] + "'")).isEqualTo(1);
		// Without a checked code in the session, nothing is added.
		mvc.perform(multipart("/public/detention/status/information").param("text", "sneaky").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/public/detention/status"));
	}

	@Test
	void staffCannotEnterAComplaintAsIfTheSubmitterHadFiledItOnThePortal() throws Exception {
		long before = TestDatabase.count("select count(*) from detention.complaint");
		mvc.perform(post("/api/detention/complaints").with(org.casekeep.detention.OidoUsers.INTAKE.token())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"PORTAL\",\"receivedOn\":\"2026-11-30\",\"description\":\"Typed by staff\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("channel")));
		assertThat(TestDatabase.count("select count(*) from detention.complaint")).isEqualTo(before);
		assertThat(PageTesting.html(mvc, get("/detention/complaints/new").with(org.casekeep.detention.OidoUsers.INTAKE.token()),
				200)).doesNotContain("value=\"PORTAL\"");
	}

	@Test
	void theComplaintPortalIsListedAmongThePublicServices() throws Exception {
		String html = PageTesting.html(mvc, get("/public"), 200);
		assertThat(html).contains("File a complaint about immigration detention")
			.contains("href=\"/public/detention/complaint\"").contains("href=\"/public/detention/status\"");
	}

	// --- helpers

	/** A submission of the form served long enough ago for a person to have filled it in. */
	private MockMultipartHttpServletRequestBuilder complaint() {
		return multipart("/public/detention/complaint").param("stamp", stamp(Duration.ofSeconds(30)))
			.param("website", "").with(csrf());
	}

	private String[] fileAnonymously(String description) throws Exception {
		MvcResult result = mvc.perform(complaint().param("anonymous", "true").param("description", description))
			.andExpect(status().isSeeOther()).andReturn();
		String html = PageTesting.html(mvc, get("/public/detention/complaint/received").flashAttrs(result.getFlashMap()), 200);
		return new String[] { find(CASE_NUMBER, html), find(CODE, html) };
	}

	private String check(String caseNumber, String code) {
		try {
			return PageTesting.html(mvc, post("/public/detention/status").with(csrf()).param("caseNumber", caseNumber)
					.param("receiptCode", code), 200);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page without its CSRF token, which differs from one session to the next. */
	private static String withoutToken(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	private static long median(Runnable work) {
		long[] times = new long[3];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1_000_000;
		}
		java.util.Arrays.sort(times);
		return times[1];
	}

	/** A stamp as FormStamps signs it with the test key, served {@code age} ago. */
	static String stamp(Duration age) {
		try {
			ByteBuffer stamp = ByteBuffer.allocate(48);
			stamp.putLong(System.currentTimeMillis() - age.toMillis());
			stamp.put(new byte[8]);
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY_BASE64), "HmacSHA256"));
			mac.update(stamp.array(), 0, 16);
			stamp.put(mac.doFinal());
			return Base64.getUrlEncoder().withoutPadding().encodeToString(stamp.array());
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where the first field of the complaint form is: the first input, select or textarea people fill in. */
	private static int firstField(String html) {
		Matcher field = Pattern.compile("<(input|select|textarea)(?![^>]*type=\"hidden\")(?![^>]*name=\"website\")")
			.matcher(html);
		assertThat(field.find()).isTrue();
		return field.start();
	}

	/** The label of a field, by the field's id. */
	private static String label(String html, String id) {
		int at = html.indexOf("for=\"" + id + "\"");
		assertThat(at).as("label for " + id).isNotNegative();
		return html.substring(at, html.indexOf("</label>", at));
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}
}
