package org.casekeep.platform;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a client developer learns from {@code /v3/api-docs}: the values a coded field takes, and that errors are
 * problem documents with the fields that were refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionIntegrationTests {

	private static String description;

	@BeforeAll
	static void fetch(@Autowired MockMvc mvc) throws Exception {
		description = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void codedTextFieldsOfRequestsListTheirValues() {
		assertThat(values("IntakeDraft", "channel")).contains("POSTAL_MAIL", "EMAIL");
		assertThat(values("IntakeDraft", "retentionSchedule")).contains("N1_563_07_001");
		assertThat(values("Decision", "decision")).containsExactly("REDACT", "KEEP", "CHECKED");
		assertThat(values("CorrespondenceView", "status")).contains("SPII_REVIEW", "RECEIVED");
	}

	@Test
	void aValueOnlyTheSystemRecordsIsNotOfferedToClients() {
		List<String> modes = values("InteractionDraft", "mode");
		assertThat(modes).contains("PHONE", "MEETING").doesNotContain("CORRESPONDENCE");
	}

	@Test
	void theProblemDocumentIsDescribedWithTheFieldsItNames() {
		Map<String, Object> errors = JsonPath.read(description, "$.components.schemas.Problem.properties.errors.items.properties");
		assertThat(errors).containsKeys("field", "message");
		Map<String, Object> problem = JsonPath.read(description, "$.components.schemas.Problem.properties");
		assertThat(problem).containsKeys("type", "title", "status", "detail", "instance");
	}

	@Test
	void everyErrorResponseOfEveryOperationIsAProblemDocument() {
		List<Map<String, Map<String, Object>>> responsesOfOperations = JsonPath.read(description, "$.paths.*.*.responses");
		List<Object> errorResponses = responsesOfOperations.stream()
			.flatMap(responses -> responses.entrySet().stream())
			.filter(status -> status.getKey().startsWith("4") || status.getKey().startsWith("5"))
			.map(status -> status.getValue().get("content"))
			.toList();
		assertThat(errorResponses).hasSizeGreaterThan(100);
		assertThat(errorResponses).allSatisfy(content -> assertThat(content)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("application/problem+json"));
	}

	@Test
	void writesDocumentTheStatusesTheErrorHandlingAnswers() {
		Map<String, Object> create = JsonPath.read(description, "$.paths['/api/crm/individuals'].post.responses");
		assertThat(create).containsKeys("400", "401", "403", "409", "422");
		String invalid = JsonPath.read(description, "$.paths['/api/crm/individuals'].post.responses['422'].description");
		assertThat(invalid).contains("errors");
		Map<String, Object> read = JsonPath.read(description, "$.paths['/api/crm/individuals/{id}'].get.responses");
		assertThat(read).containsKeys("401", "403", "404").doesNotContainKey("422");
	}

	@Test
	void uploadsDocumentTheRefusalOfAnOversizedFile() {
		List<Object> uploads = JsonPath.read(description, "$.paths.*.post[?(@.requestBody.content['multipart/form-data'])].responses['413']");
		assertThat(uploads).isNotEmpty();
	}

	private static List<String> values(String schema, String property) {
		return JsonPath.read(description, "$.components.schemas." + schema + ".properties." + property + ".enum");
	}
}
