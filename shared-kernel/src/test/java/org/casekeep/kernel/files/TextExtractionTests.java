package org.casekeep.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.casekeep.kernel.files.FileRefusedException.Limit;
import org.casekeep.kernel.files.HostileFiles.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The limits of text extraction, each broken by a file built here, refused in seconds with the heap bounded. */
class TextExtractionTests {

	private static final TextExtraction EXTRACTION = new TextExtraction(FileLimits.defaults().withoutOcr());

	@AfterAll
	static void stop() {
		EXTRACTION.destroy();
	}

	@Test
	void eachHostileFileIsRefusedNamingItsLimitInSecondsWithTheHeapBounded() {
		for (Kind kind : Kind.values()) {
			byte[] file = HostileFiles.of(kind);
			assertThat(file.length).as(kind + " is small").isLessThan(5 * 1024 * 1024);
			String type = EXTRACTION.detect(file);
			List<MemoryPoolMXBean> heap = heapPools();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long before = used(heap);
			long start = System.nanoTime();
			assertThatThrownBy(() -> EXTRACTION.extract(file, type)).as(kind.name())
				.isInstanceOfSatisfying(FileRefusedException.class, ex -> assertThat(ex.limit()).isEqualTo(expected(kind)));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
			assertThat(took).as(kind + " refused quickly").isLessThan(Duration.ofSeconds(5));
			assertThat(peak - before).as(kind + " heap growth").isLessThan(256L * 1024 * 1024);
		}
	}

	private static Limit expected(Kind kind) {
		return switch (kind) {
			case DOCX_ZIP_BOMB, PDF_STREAM_BOMB -> Limit.COMPRESSION_RATIO;
			case NESTED_DOCX -> Limit.NESTING;
			case DOCX_ENTITY_EXPANSION -> Limit.ENTITY_DECLARATION;
			case PDF_MANY_PAGES -> Limit.PAGES;
		};
	}

	@Test
	void honestDocumentsAreReadInFull() {
		byte[] docx = HostileFiles.honestDocx("Dear Secretary, thank you");
		TextExtraction.Extracted word = EXTRACTION.extract(docx, EXTRACTION.detect(docx));
		assertThat(word.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(word.text()).contains("Dear Secretary, thank you");
		assertThat(word.readable()).isTrue();
		byte[] pdf = HostileFiles.honestPdf("Dear Secretary");
		TextExtraction.Extracted read = EXTRACTION.extract(pdf, EXTRACTION.detect(pdf));
		assertThat(read.mediaType()).isEqualTo("application/pdf");
		assertThat(read.text()).contains("Dear Secretary");
		assertThat(read.readable()).isTrue();
		byte[] nestedOnce = HostileFiles.nestedDocx(1);
		assertThat(EXTRACTION.extract(nestedOnce, EXTRACTION.detect(nestedOnce)).text())
			.as("an embedded document within the depth is read, so its text is checked too").contains("innermost");
	}

	@Test
	void aCompressiblePartWithinTheRatioAndAFewMegabytesPasses() {
		// Three megabytes of seeded random words compress about as well as a long letter does.
		java.util.Random random = new java.util.Random(8);
		StringBuilder text = new StringBuilder();
		while (text.length() < 3_000_000) {
			for (int i = 0, n = 2 + random.nextInt(8); i < n; i++) {
				text.append((char) ('a' + random.nextInt(26)));
			}
			text.append(' ');
		}
		byte[] docx = HostileFiles.honestDocx(text.toString());
		TextExtraction.Extracted word = EXTRACTION.extract(docx, EXTRACTION.detect(docx));
		assertThat(word.readable()).isTrue();
		assertThat(word.text()).hasSize(FileLimits.defaults().maxCharacters()).startsWith(text.substring(0, 100));
	}

	@Test
	void aScanWithoutOcrAndADamagedFileAreUnreadableNotRefused() {
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		TextExtraction.Extracted scan = EXTRACTION.extract(png, EXTRACTION.detect(png));
		assertThat(scan.mediaType()).isEqualTo("image/png");
		assertThat(scan.readable()).isFalse();
		byte[] damaged = "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
		assertThat(EXTRACTION.extract(damaged, "application/pdf").readable()).isFalse();
	}

	@Test
	void aFileTooLargeOrTooSlowIsRefused() {
		TextExtraction slow = new TextExtraction(new FileLimits(org.springframework.util.unit.DataSize.ofKilobytes(64),
				0, null, 0, 0, 0, 0, Duration.ofNanos(1), 1, null, new FileLimits.Ocr(false, null)));
		try {
			byte[] docx = HostileFiles.honestDocx("slow");
			assertThatThrownBy(() -> slow.extract(docx, slow.detect(docx)))
				.isInstanceOfSatisfying(FileRefusedException.class, ex -> assertThat(ex.limit()).isEqualTo(Limit.TIME));
			assertThatThrownBy(() -> slow.extract(new byte[65 * 1024], "application/pdf"))
				.isInstanceOfSatisfying(FileRefusedException.class, ex -> assertThat(ex.limit()).isEqualTo(Limit.SIZE));
		}
		finally {
			slow.destroy();
		}
	}

	@Test
	void whenEverySlotIsBusyAFileIsRefusedAfterTheBusyWaitNotQueued() throws Exception {
		TextExtraction one = new TextExtraction(new FileLimits(null, 0, null, 0, 0, 0, 0, null, 1,
				Duration.ofMillis(200), new FileLimits.Ocr(false, null)));
		try {
			java.lang.reflect.Field field = TextExtraction.class.getDeclaredField("slots");
			field.setAccessible(true);
			java.util.concurrent.Semaphore slots = (java.util.concurrent.Semaphore) field.get(one);
			slots.acquire();
			byte[] docx = HostileFiles.honestDocx("waiting");
			long start = System.nanoTime();
			assertThatThrownBy(() -> one.extract(docx, one.detect(docx))).isInstanceOf(ExtractionBusyException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150),
					Duration.ofSeconds(2));
			slots.release();
			assertThat(one.extract(docx, one.detect(docx)).text()).contains("waiting");
		}
		finally {
			one.destroy();
		}
	}

	@Test
	void extractionRefusesToRunInsideATransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			byte[] docx = HostileFiles.honestDocx("in a transaction");
			assertThatThrownBy(() -> EXTRACTION.extract(docx, EXTRACTION.detect(docx)))
				.isInstanceOf(IllegalStateException.class);
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
	}

	/**
	 * Tika 3 itself, without our check: its XML parsers do not expand entities (POI refuses the DOCTYPE of an OOXML
	 * part; Tika's own XML parsing caps expansions), so "billion laughs" never reaches a gigabyte of text.
	 */
	@Test
	void tikaItselfDoesNotExpandEntities() throws Exception {
		AutoDetectParser parser = new AutoDetectParser();
		for (byte[] file : List.of(HostileFiles.billionLaughsDocx(), billionLaughsXml())) {
			BodyContentHandler handler = new BodyContentHandler(-1);
			try {
				parser.parse(new ByteArrayInputStream(file), handler, new Metadata(), new ParseContext());
			}
			catch (Exception expected) {
				// Refused by the parser: what we want.
			}
			assertThat(handler.toString().length()).isLessThan(100_000);
		}
	}

	private static byte[] billionLaughsXml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 10; i++) {
			xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return xml.append("]><lolz>&lol10;</lolz>").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private static long used(List<MemoryPoolMXBean> pools) {
		return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
	}
}
