package org.casekeep.kernel.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.casekeep.kernel.files.FileRefusedException.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xml.sax.SAXException;

/**
 * Extracts the text of an uploaded file with Apache Tika, bounded by {@link FileLimits} (ASVS 5.2, SC-5): the size;
 * for a zip archive (.docx) its entries, inflated size, compression ratio, nested archives and any DOCTYPE or entity
 * declaration, all checked before parsing; for a PDF its Flate streams, inflated before parsing, and its pages; the
 * depth of embedded documents; the characters kept; and the wall-clock time, on a pool of
 * {@code casekeep.files.concurrency} threads: a file waits at most {@code busy-wait} for one, then is refused as busy.
 * A parse over its time is abandoned (it stops at its next write) and the file refused.
 * <p>
 * A file whose text cannot be read (a scan without OCR, OCR failed or timed out, a damaged file, an empty text) is
 * not refused: the answer says it is unreadable, so the caller holds it for review by eye (fail closed; OWASP A10).
 * <p>
 * Callers must not hold a database transaction: a slow file would hold a pool connection for its whole time, so
 * extraction refuses to run inside one.
 */
@Service
@EnableConfigurationProperties(FileLimits.class)
public class TextExtraction implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(TextExtraction.class);

	/**
	 * The text of a file.
	 *
	 * @param mediaType detected from the bytes.
	 * @param text what could be read, at most {@code max-characters}; may be empty.
	 * @param readable false when the text could not be read completely (or is empty): a person must look at it.
	 */
	public record Extracted(String mediaType, String text, boolean readable) {
	}

	private final FileLimits limits;
	private final Tika tika = new Tika();
	private final AutoDetectParser parser = new AutoDetectParser();
	private final boolean ocr;
	private final Semaphore slots;
	private final ExecutorService pool;

	TextExtraction(FileLimits limits) {
		this.limits = limits;
		this.ocr = Boolean.TRUE.equals(limits.ocr().enabled()) && tesseractInstalled();
		this.slots = new Semaphore(limits.concurrency());
		AtomicInteger threads = new AtomicInteger();
		// Never more threads than slots, and no queue: the semaphore is the only waiting room.
		this.pool = new ThreadPoolExecutor(limits.concurrency(), limits.concurrency(), 1, TimeUnit.MINUTES,
				new SynchronousQueue<>(), task -> {
					Thread thread = new Thread(task, "text-extraction-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		if (ocr) {
			LOG.info("OCR available: scanned images and image-only PDFs are read and checked for SPII");
		}
		else {
			LOG.warn("OCR is off or Tesseract is not installed: scanned images and image-only PDFs are held for "
					+ "review by eye. Install the Debian package tesseract-ocr and keep casekeep.files.ocr.enabled.");
		}
	}

	/** The limits in force. */
	public FileLimits limits() {
		return limits;
	}

	/** Whether scans are read by OCR here. */
	public boolean ocr() {
		return ocr;
	}

	/** The media type, detected from the bytes only. */
	public String detect(byte[] content) {
		return tika.detect(content);
	}

	/**
	 * Extracts the text of {@code content}, of the {@code mediaType} {@link #detect} gave.
	 *
	 * @throws FileRefusedException for a limit broken.
	 * @throws ExtractionBusyException when no extraction slot freed within {@code busy-wait}.
	 * @throws IllegalStateException when called inside a database transaction.
	 */
	public Extracted extract(byte[] content, String mediaType) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Text extraction must run before the transaction, not inside it");
		}
		if (content.length > limits.maxBytes()) {
			throw new FileRefusedException(Limit.SIZE, "It is larger than " + limits.maxSize().toMegabytes() + " MB.");
		}
		boolean scan = mediaType.startsWith("image/") || "application/pdf".equals(mediaType);
		Duration timeout = ocr && scan ? limits.ocr().timeout() : limits.timeout();
		acquire();
		Budget budget = new Budget(System.nanoTime() + timeout.toNanos());
		Future<Extracted> parse;
		try {
			parse = pool.submit(() -> {
				try {
					return parse(content, mediaType, budget);
				}
				finally {
					slots.release();
				}
			});
		}
		catch (RuntimeException ex) {
			slots.release();
			throw ex;
		}
		try {
			return parse.get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// The parse stops at its next write; its slot is released only then, so the pool never grows past it.
			budget.abandon();
			parse.cancel(true);
			return timedOut(mediaType, budget);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof FileRefusedException refused) {
				if (refused.limit() == Limit.TIME) {
					return timedOut(mediaType, budget);
				}
				throw refused;
			}
			LOG.warn("Text of a file could not be extracted: {}", ex.getCause().getClass().getSimpleName());
			return new Extracted(mediaType, "", false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			budget.abandon();
			throw new FileRefusedException(Limit.TIME, "It could not be read in the time allowed.");
		}
	}

	/** An image whose OCR ran out of time is unreadable (review by eye); any other file is refused. */
	private static Extracted timedOut(String mediaType, Budget budget) {
		if (mediaType.startsWith("image/")) {
			return new Extracted(mediaType, "", false);
		}
		FileRefusedException refusal = budget.refusal();
		throw refusal != null ? refusal : new FileRefusedException(Limit.TIME, "It could not be read in time.");
	}

	private void acquire() {
		try {
			if (!slots.tryAcquire(limits.busyWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ExtractionBusyException(limits.timeout());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ExtractionBusyException(limits.timeout());
		}
	}

	private Extracted parse(byte[] content, String mediaType, Budget budget) {
		if (ArchiveCheck.isZip(content)) {
			new ArchiveCheck(limits, budget).check(content, 0);
		}
		else if ("application/pdf".equals(mediaType)) {
			new PdfCheck(limits, budget).check(content);
		}
		BodyContentHandler text = new BodyContentHandler(limits.maxCharacters());
		boolean complete = true;
		try (InputStream in = TikaInputStream.get(content)) {
			parser.parse(in, BoundedParse.handler(text, budget, limits), new Metadata(), context(budget));
		}
		catch (SAXException ex) {
			complete = WriteLimitReachedException.isWriteLimitReached(ex);
			refuseIfCaused(ex, budget);
		}
		catch (IOException | TikaException | RuntimeException ex) {
			refuseIfCaused(ex, budget);
			complete = false;
		}
		FileRefusedException refusal = budget.refusal();
		if (refusal != null) {
			throw refusal;
		}
		String read = text.toString().strip();
		if (!complete) {
			LOG.warn("Text of a file of type {} could not be read completely", mediaType);
		}
		return new Extracted(mediaType, read, complete && !read.isEmpty());
	}

	/** A limit broken deep inside the parser reaches here wrapped, or as the parser's own refusal of entities. */
	private static void refuseIfCaused(Throwable ex, Budget budget) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileRefusedException refused) {
				throw refused;
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("doctype") || message.contains("entity expansion")
					|| message.contains("entityexpansion")) {
				throw budget.refuse(Limit.ENTITY_DECLARATION, "It declares a DOCTYPE or entities (XML entity expansion).");
			}
		}
	}

	private ParseContext context(Budget budget) {
		ParseContext context = new ParseContext();
		PDFParserConfig pdf = new PDFParserConfig();
		// Beyond this the PDF parser buffers in a temporary file, not the heap.
		pdf.setMaxMainMemoryBytes(64L * 1024 * 1024);
		if (ocr) {
			TesseractOCRConfig tesseract = new TesseractOCRConfig();
			tesseract.setLanguage("eng");
			tesseract.setTimeoutSeconds((int) limits.ocr().timeout().toSeconds());
			context.set(TesseractOCRConfig.class, tesseract);
			// A page with a text layer is read as text; a scanned page is read by OCR.
			pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
		}
		else {
			TesseractOCRConfig off = new TesseractOCRConfig();
			off.setSkipOcr(true);
			context.set(TesseractOCRConfig.class, off);
			pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		}
		context.set(PDFParserConfig.class, pdf);
		OfficeParserConfig office = new OfficeParserConfig();
		// Streams document.xml instead of building its tree in the heap.
		office.setUseSAXDocxExtractor(true);
		office.setExtractMacros(false);
		context.set(OfficeParserConfig.class, office);
		// Embedded documents are parsed too (their text is checked like the rest), through the bounded extractor.
		context.set(org.apache.tika.parser.Parser.class, parser);
		context.set(EmbeddedDocumentExtractor.class, BoundedParse.embedded(context, budget, limits));
		return context;
	}

	private static boolean tesseractInstalled() {
		try {
			return new TesseractOCRParser().hasTesseract();
		}
		catch (Exception | LinkageError ex) {
			return false;
		}
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}
}
