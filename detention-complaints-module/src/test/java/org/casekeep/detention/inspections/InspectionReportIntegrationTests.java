package org.casekeep.detention.inspections;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.jayway.jsonpath.JsonPath;

import org.casekeep.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.detention.inspections.InspectionTeam.AUDITOR;
import static org.casekeep.detention.inspections.InspectionTeam.MANAGER;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evidence and the report of a file, against the embedded PostgreSQL: photographs with their GPS position removed
 * from the working copy (REFERENCES: EXIF metadata de-identified sources) and the original kept for managers; the
 * report shared with ICE and CBP, revised and finalized, after which nothing of the file changes (PIA overview).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class InspectionReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void finalizingTheReportClosesEveryRecordOfTheFile() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("DILLEY", "ANNOUNCED", "2027-11-01", "2027-11-03"));
		AUDITOR.step(mvc, id, "report", "\"text\":\"Too early\"").andExpect(status().isConflict());
		InspectionTeam.visited(mvc, id, "2027-11-02");
		AUDITOR.step(mvc, id, "findings", "\"standard\":\"FRS2020-4.3\",\"text\":\"Sick call requests unanswered for 5 days\"")
			.andExpect(status().isOk()).andExpect(jsonPath("$.findings[0].standardTitle").value("Health Care"));
		AUDITOR.step(mvc, id, "findings", "\"standard\":\"NO-SUCH\",\"text\":\"x\"").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("standard"));
		AUDITOR.step(mvc, id, "interviewees", """
				"fullName":"Officer Dana Smith","email":"dana.smith@example.com","phone":"(830) 555-0199",
				"position":"Medical unit supervisor","dutyStation":"South Texas Family Residential Center",
				"consentGiven":true""").andExpect(status().isOk())
			.andExpect(jsonPath("$.interviewees[0].fullName").value("Officer Dana Smith"))
			.andExpect(jsonPath("$.interviewees[0].consentGiven").value(true));
		AUDITOR.step(mvc, id, "report", "\"text\":\"Draft: sick call delays\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.reportStage").value("DRAFT"));
		AUDITOR.step(mvc, id, "report/finalize", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("shared with ICE and CBP")));
		AUDITOR.step(mvc, id, "report/share", "").andExpect(status().isOk()).andExpect(jsonPath("$.reportStage").value("SHARED"));
		AUDITOR.step(mvc, id, "report", "\"text\":\"Final text\",\"feedback\":\"ICE IHSC: staffing added in December\"")
			.andExpect(status().isOk()).andExpect(jsonPath("$.reportStage").value("REVISED"))
			.andExpect(jsonPath("$.componentFeedback").value("ICE IHSC: staffing added in December"));
		AUDITOR.step(mvc, id, "report/finalize", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.reportStage").value("FINAL"))
			.andExpect(jsonPath("$.finalizedBy").value("oido-auditor"));
		// After the final report, nothing of the file changes: 409 naming why.
		AUDITOR.step(mvc, id, "notes", "\"notes\":\"late\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is closed because its report is final")));
		MANAGER.step(mvc, id, "findings", "\"standard\":\"FRS2020-4.3\",\"text\":\"late\"").andExpect(status().isConflict());
		MANAGER.step(mvc, id, "interviewees", "\"fullName\":\"Late Person\",\"consentGiven\":false")
			.andExpect(status().isConflict());
		MANAGER.step(mvc, id, "report", "\"text\":\"rewritten\"").andExpect(status().isConflict());
		MANAGER.step(mvc, id, "team", "\"username\":\"oido-investigator\"").andExpect(status().isConflict());
		mvc.perform(multipart(InspectionTeam.PATH + "/{id}/attachments", id)
				.file(new MockMultipartFile("file", "late.jpg", "image/jpeg", jpegWithGps()))
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))).with(MANAGER.token()))
			.andExpect(status().isConflict());
		assertThat(TestDatabase.count("select count(*) from detention.inspection_interviewee where file_id = '" + id + "'"))
			.isEqualTo(1);
		assertThat(TestDatabase.count("select count(*) from detention.inspection_attachment where file_id = '" + id + "'"))
			.isZero();
		assertThat(TestDatabase.single("select report_text from detention.inspection_file where id = ?::uuid", id))
			.isEqualTo("Final text");
	}

	@Test
	void aPhotosWorkingCopyHasNoGpsPositionAndItsOriginalIsForManagersOnly() throws Exception {
		String id = InspectionTeam.open(mvc, InspectionTeam.opening("TACOMA", "ANNOUNCED", "2027-12-01", "2027-12-02"));
		byte[] photo = jpegWithGps();
		assertThat(ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(photo))
			.getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo carries a GPS position").isNotNull();
		String body = mvc.perform(multipart(InspectionTeam.PATH + "/{id}/attachments", id)
				.file(new MockMultipartFile("file", "C:\\camera\\cell-block.jpg", "application/octet-stream", photo))
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))).with(AUDITOR.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].fileName").value("cell-block.jpg"))
			.andExpect(jsonPath("$.attachments[0].kind").value("PHOTO"))
			.andExpect(jsonPath("$.attachments[0].metadataStripped").value(true))
			.andReturn().getResponse().getContentAsString();
		String attachment = JsonPath.read(body, "$.attachments[0].id");
		byte[] working = mvc.perform(get(InspectionTeam.PATH + "/{id}/attachments/{a}", id, attachment).with(AUDITOR.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		Metadata metadata = ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(working));
		assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as("GPS gone from the working copy").isNull();
		assertThat(new String(working, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(working))).as("still a picture").isNotNull();
		mvc.perform(get(InspectionTeam.PATH + "/{id}/attachments/{a}/original", id, attachment).with(AUDITOR.token()))
			.andExpect(status().isForbidden());
		byte[] original = mvc.perform(get(InspectionTeam.PATH + "/{id}/attachments/{a}/original", id, attachment)
				.with(MANAGER.token()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(original).isEqualTo(photo);
		assertThat(TestDatabase.count("select count(*) from kernel.audit_entry where record_id = '" + id
				+ "' and action = 'READ' and record_type = 'detention.inspection-attachment'")).isEqualTo(2);
		// Not a photograph or recording: 415, nothing stored.
		mvc.perform(multipart(InspectionTeam.PATH + "/{id}/attachments", id)
				.file(new MockMultipartFile("file", "notes.txt", "image/jpeg", "just text".getBytes()))
				.param("version", String.valueOf(InspectionTeam.version(mvc, id))).with(AUDITOR.token()))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(TestDatabase.count("select count(*) from detention.inspection_attachment where file_id = '" + id + "'"))
			.isEqualTo(1);
	}

	/** A small JPEG with an EXIF APP1 segment holding a GPS latitude, as a phone camera writes it. */
	static byte[] jpegWithGps() throws Exception {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xff0000);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", plain);
		byte[] jpeg = plain.toByteArray();
		java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(80);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0); // IFD0
		tiff.putShort((short) 2); // GPS IFD at 26
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(40).putInt(1).putInt(26).putInt(1).putInt(46).putInt(1); // 40° 26' 46"
		byte[] exif = new byte[6 + tiff.position()];
		System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
		System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xff);
		out.write(0xe1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xff);
		out.write(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}
}
