package org.casekeep.correspondence.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.testing.PageTesting;
import org.casekeep.kernel.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The correspondent is told when their letter is received and when the response is sent, by email through a real
 * SMTP server in the test JVM (GreenMail), with nothing of the letter in the text and the address never copied out
 * of the record; and records about the same matter (one constituent writing through several Members) are found, by
 * those who may read them, naming what they share and never its value.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"casekeep.correspondence.assignment-notices=false" })
@AutoConfigureMockMvc
class CorrespondentNoticesAndDuplicatesIntegrationTests {

	static final String TASKERS = "/api/correspondence/taskers";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Test
	void theCorrespondentIsToldOfReceiptAndOfTheResponseWithNothingOfTheLetterAndTheAddressStaysOnTheRecord()
			throws Exception {
		String address = "writer" + System.nanoTime() + "@example.org";
		String id = letter(OfficeUsers.ESEC_CLERK, "Rivera", address, null, "Visa delay for my mother");
		String reference = reference(id);

		List<MimeMessage> received = mailsTo(address, 1);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("We received your correspondence " + reference);
		assertThat(GreenMailUtil.getBody(received.get(0))).contains(reference)
			.doesNotContain("Visa delay").doesNotContain("Rivera").doesNotContain("Casekeep");

		String tasker = JsonPath.read(mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"correspondenceId":"%s","subject":"Answer the letter","instructions":"Please review",
						 "businessDays":3,"assignees":[{"component":"ICE"}]}""".formatted(id)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String json = mvc.perform(get(TASKERS + "/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post(TASKERS + "/{id}/assignments/{a}/answer", tasker, JsonPath.read(json, "$.assignments[0].id"))
				.with(OfficeUsers.ICE_ACTION.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"CONCUR\",\"version\":%d}".formatted((int) JsonPath.read(json, "$.assignments[0].version"))))
			.andExpect(status().isOk());
		assertThat(mailsTo(address, 1)).as("nothing more until the response goes").hasSize(1);
		command(OfficeUsers.ESEC_CLERK, tasker, "compile", "{\"text\":\"ICE concurs.\"}");
		command(OfficeUsers.ESEC_LEAD, tasker, "clear", "{}");
		command(OfficeUsers.ESEC_CLERK, tasker, "dispatch", "{}");

		List<MimeMessage> both = mailsTo(address, 2);
		assertThat(both).hasSize(2);
		assertThat(both.get(1).getSubject()).isEqualTo("We responded to your correspondence " + reference);
		assertThat(GreenMailUtil.getBody(both.get(1))).doesNotContain("Visa delay").doesNotContain("ICE concurs");

		assertThat(text("""
				select string_agg(recipient || ' ' || coalesce(emailed_to, '') || ' ' || subject || ' ' || body, ';')
				from kernel.notification where recipient_kind = 'REQUESTER' and recipient like '%' || ?""", id))
			.as("the notifications name the record, never the address").contains(id).doesNotContain(address);
		assertThat(text("""
				select count(*)::text from kernel.audit_entry where action = 'READ' and record_id = ?
				  and purpose = 'notice to the requester' and fields like '%email%'""", id))
			.as("each read of the address to send is audited").isEqualTo("2");

		String page = PageTesting.html(mvc, get("/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()), 200);
		assertThat(page).contains("Notices to the correspondent").contains("We received your correspondence " + reference)
			.contains("We responded to your correspondence " + reference).contains("emailed");
	}

	@Test
	void aCorrespondentWhoGaveNoAddressIsToldNothing() throws Exception {
		String id = letter(OfficeUsers.ESEC_CLERK, "Nomail", null, null, "A question");
		assertThat(text("select count(*)::text from kernel.notification where recipient like '%' || ?", id))
			.isEqualTo("0");
		assertThat(PageTesting.html(mvc, get("/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()), 200))
			.contains("None sent: the correspondent is told only where they gave an email address");
	}

	@Test
	void oneConstituentWritingThroughTwoMembersIsFoundByTheReceiptNumberWhoeverWrote() throws Exception {
		String receipt = "EAC" + (2190000000L + System.nanoTime() % 9000000L);
		String first = letter(OfficeUsers.ICE_ESEC, "Office of Senator Ames", null, receipt, "Constituent inquiry");
		String second = letter(OfficeUsers.ICE_ESEC, "Office of Representative Bell", null, receipt, "Case status");
		String unrelated = letter(OfficeUsers.ICE_ESEC, "Office of Senator Cole", null,
				"EAC" + (2180000000L + System.nanoTime() % 9000000L), "Another matter");

		String json = mvc.perform(get("/api/correspondence/{id}/duplicates", second).with(OfficeUsers.ICE_ESEC.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(json, "$[*].id")).containsExactly(first);
		assertThat(JsonPath.<List<String>>read(json, "$[0].shared")).containsExactly("the same receipt number");
		assertThat(json).doesNotContain(receipt);
		assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/correspondence/{id}/duplicates", unrelated)
				.with(OfficeUsers.ICE_ESEC.token())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(), "$[*].id")).isEmpty();

		String page = PageTesting.html(mvc, get("/correspondence/{id}", first).with(OfficeUsers.ICE_ESEC.token()), 200);
		assertThat(page).contains("Possible duplicates").contains(reference(second))
			.contains("The same receipt number").doesNotContain(reference(unrelated));
		assertThat(text("""
				select string_agg(fields || ' ' || details, ';') from kernel.audit_entry
				where action = 'SEARCH' and record_id = ?""", second))
			.contains("receiptNumber").contains("duplicate check").doesNotContain(receipt);

		// Another component may not read ICE's records: it learns nothing, not even that they exist.
		mvc.perform(get("/api/correspondence/{id}/duplicates", second).with(OfficeUsers.CBP_ACTION.token()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anANumberIsComparedOnlyForThoseWhoMaySeeItAndTheCorrespondentByNameAndZip() throws Exception {
		String aNumber = "A" + (100000000 + (System.nanoTime() % 800000000));
		String last = "Dup" + System.nanoTime();
		String first = letter(OfficeUsers.ICE_ESEC, last, null, null, "About my case", aNumber);
		String second = letter(OfficeUsers.ICE_ESEC, last + "x", null, null, "Again about my case", aNumber);
		String sameName = letter(OfficeUsers.ICE_ESEC, last, null, null, "Different subject", null);

		String json = mvc.perform(get("/api/correspondence/{id}/duplicates", second).with(OfficeUsers.ICE_ESEC.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(json, "$[*].id")).containsExactly(first);
		assertThat(JsonPath.<List<String>>read(json, "$[0].shared")).containsExactly("the same A-Number");
		// ESEC reads ICE's records but not their A-Numbers (PIA 2.5): it is not compared for ESEC.
		assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/correspondence/{id}/duplicates", second)
				.with(OfficeUsers.ESEC_CLERK.token())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(), "$[*].id")).isEmpty();

		String byName = mvc.perform(get("/api/correspondence/{id}/duplicates", sameName).with(OfficeUsers.ICE_ESEC.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(byName, "$[*].id")).containsExactly(first);
		assertThat(JsonPath.<List<String>>read(byName, "$[0].shared"))
			.containsExactly("the same correspondent's name and ZIP code");
	}

	private String letter(OfficeUsers user, String lastName, @Nullable String email, @Nullable String receipt,
			String subject) throws Exception {
		return letter(user, lastName, email, receipt, subject, null);
	}

	private String letter(OfficeUsers user, String lastName, @Nullable String email, @Nullable String receipt,
			String subject, @Nullable String aNumber) throws Exception {
		StringBuilder extra = new StringBuilder();
		if (email != null) {
			extra.append(",\"email\":\"").append(email).append('"');
		}
		if (receipt != null) {
			extra.append(",\"receiptNumber\":\"").append(receipt).append('"');
		}
		if (aNumber != null) {
			extra.append(",\"aNumber\":\"").append(aNumber).append('"');
		}
		MockMultipartFile json = new MockMultipartFile("correspondence", "", MediaType.APPLICATION_JSON_VALUE, """
				{"channel":"POSTAL_MAIL","sourceType":"CONGRESS","subject":"%s","body":"Please answer.",
				 "firstName":"Lee","lastName":"%s","addressKind":"MAILING",
				 "address":{"street1":"1 Main St","city":"Austin","state":"TX","zip":"78701-1234"}%s}"""
			.formatted(subject, lastName, extra).getBytes());
		return JsonPath.read(mvc.perform(multipart("/api/correspondence/intake").file(json).with(user.token()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private String reference(String id) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/correspondence/{id}", id).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.referenceNumber");
	}

	private ResultActions command(OfficeUsers user, String id, String action, String body) throws Exception {
		return mvc.perform(post(TASKERS + "/{id}/" + action, id).with(user.token())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	/** The messages to this address, once at least {@code expected} arrived (or after a few seconds). */
	private static List<MimeMessage> mailsTo(String address, int expected) throws Exception {
		smtp.waitForIncomingEmail(5000, expected);
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String text(String sql, String... params) throws Exception {
		try (Connection db = TestDatabase.superuser(); PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setString(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
			}
		}
	}
}
