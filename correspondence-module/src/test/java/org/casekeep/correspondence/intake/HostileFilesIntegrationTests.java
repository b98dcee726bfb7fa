package org.casekeep.correspondence.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

import com.jayway.jsonpath.JsonPath;
import org.casekeep.correspondence.OfficeUsers;
import org.casekeep.kernel.files.HostileFiles;
import org.casekeep.kernel.files.HostileFiles.Kind;
import org.casekeep.kernel.files.TextExtraction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile files through the real HTTP API against the embedded PostgreSQL: each answers 422 naming the file field
 * and the limit within a few seconds, and nothing is stored (no correspondence, attachment, finding or draft row).
 * When every extraction slot is busy, an upload is refused with 503 and {@code Retry-After}, never queued.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class HostileFilesIntegrationTests {

	static final String TASKERS = "/api/correspondence/taskers";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextExtraction extraction;

	@Test
	void eachHostileFileAtIntakeIs422NamingTheFieldWithinSecondsAndNothingIsStored() throws Exception {
		for (Kind kind : Kind.values()) {
			byte[] content = HostileFiles.of(kind);
			List<Long> before = counts();
			long start = System.nanoTime();
			mvc.perform(multipart("/api/correspondence/intake")
					.file(IntakeApiIntegrationTests.json("Hostile " + kind, null))
					.file(IntakeApiIntegrationTests.file(kind.name().toLowerCase() + ".bin", content))
					.with(OfficeUsers.ESEC_CLERK.token()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(header().string("Content-Type", containsString("application/problem+json")))
				.andExpect(jsonPath("$.errors[0].field").value("files"))
				.andExpect(jsonPath("$.file").value(kind.name().toLowerCase() + ".bin"))
				.andExpect(jsonPath("$.limit").isNotEmpty())
				.andExpect(jsonPath("$.detail").value(containsString("Nothing was stored")));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as(kind.name()).isLessThan(Duration.ofSeconds(5));
			assertThat(counts()).as(kind + " stored nothing").isEqualTo(before);
		}
	}

	@Test
	void aZipBombUploadedAsADraftResponseIs422NamingTheFileAndTheAssignmentStaysActive() throws Exception {
		String tasker = JsonPath.read(mvc.perform(post(TASKERS).with(OfficeUsers.ESEC_CLERK.token())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"subject":"Ferry inspections","businessDays":5,"assignees":[{"component":"ICE"}]}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String json = mvc.perform(get(TASKERS + "/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()))
			.andReturn().getResponse().getContentAsString();
		String assignment = JsonPath.read(json, "$.assignments[0].id");
		int version = JsonPath.read(json, "$.assignments[0].version");
		byte[] bomb = HostileFiles.zipBomb();
		List<Long> before = counts();
		long start = System.nanoTime();
		mvc.perform(multipart(TASKERS + "/{id}/assignments/{a}/answer", tasker, assignment)
				.file(new MockMultipartFile("file", "draft.docx", "application/octet-stream", bomb))
				.param("version", String.valueOf(version)).param("kind", "DRAFT_RESPONSE")
				.with(OfficeUsers.ICE_ACTION.token()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.file").value("draft.docx"))
			.andExpect(jsonPath("$.limit").value("COMPRESSION_RATIO"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(counts()).isEqualTo(before);
		mvc.perform(get(TASKERS + "/{id}", tasker).with(OfficeUsers.ESEC_CLERK.token()))
			.andExpect(jsonPath("$.assignments[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.assignments[0].version").value(version));
	}

	@Test
	void whenEveryExtractionSlotIsBusyAnUploadIs503WithRetryAfterAndNothingIsStored() throws Exception {
		java.lang.reflect.Field field = TextExtraction.class.getDeclaredField("slots");
		field.setAccessible(true);
		Semaphore slots = (Semaphore) field.get(org.springframework.test.util.AopTestUtils.getTargetObject(extraction));
		int held = slots.drainPermits();
		try {
			List<Long> before = counts();
			mvc.perform(multipart("/api/correspondence/intake").file(IntakeApiIntegrationTests.json("Busy", null))
					.file(IntakeApiIntegrationTests.file("letter.docx", HostileFiles.honestDocx("A fine letter")))
					.with(OfficeUsers.ESEC_CLERK.token()))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().exists("Retry-After"))
				.andExpect(header().string("Content-Type", containsString("application/problem+json")));
			assertThat(counts()).isEqualTo(before);
		}
		finally {
			slots.release(held);
		}
	}

	private List<Long> counts() {
		return List.of(count("correspondence.correspondence"), count("correspondence.attachment"),
				count("correspondence.spii_review_item"), count("correspondence.tasker_attachment"));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
