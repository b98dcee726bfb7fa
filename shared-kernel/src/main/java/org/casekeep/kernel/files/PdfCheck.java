package org.casekeep.kernel.files;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.casekeep.kernel.files.FileRefusedException.Limit;

/**
 * Inflates every Flate-compressed stream of a PDF into nothing before the PDF parser sees it, counting bytes against
 * the file's budget and, except for images (whose blank scanned pages compress extremely well), against the
 * compression ratio: a content stream of a gigabyte of zeros in a megabyte is refused in a fraction of a second instead
 * of being decoded into the heap. Streams of an encrypted PDF cannot be inflated here; the page limit, the memory
 * setting of the parser and the deadline still bound those.
 */
final class PdfCheck {

	private static final Pattern STREAM = Pattern.compile("stream\\r?\\n");
	private static final Pattern FLATE = Pattern.compile("/(FlateDecode|Fl)\\b");
	private static final Pattern IMAGE = Pattern.compile("/Subtype\\s*/Image\\b");

	private final FileLimits limits;
	private final Budget budget;

	PdfCheck(FileLimits limits, Budget budget) {
		this.limits = limits;
		this.budget = budget;
	}

	void check(byte[] content) {
		streams(content);
		pages(content);
	}

	/**
	 * The page count the document declares, read by PDFBox without parsing a page (after the streams were inflated
	 * here, so object streams hold no bomb): a PDF of too many pages is refused before the parser, and OCR, start on it.
	 */
	private void pages(byte[] content) {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(content)) {
			if (document.getNumberOfPages() > limits.maxPages()) {
				throw budget.refuse(Limit.PAGES, "It has more than " + limits.maxPages() + " pages.");
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			if (ex instanceof FileRefusedException refused) {
				throw refused;
			}
			// Damaged or protected: left to the parser, its page count and its deadline.
		}
	}

	private void streams(byte[] content) {
		// ISO-8859-1 maps each byte to one char, so offsets in the text are offsets in the file.
		String text = new String(content, StandardCharsets.ISO_8859_1);
		Matcher stream = STREAM.matcher(text);
		int from = 0;
		while (stream.find(from)) {
			int start = stream.end();
			int dictionaryStart = Math.max(text.lastIndexOf("obj", stream.start()), 0);
			String dictionary = text.substring(dictionaryStart, stream.start());
			int end = text.indexOf("endstream", start);
			if (end < 0) {
				return;
			}
			if (FLATE.matcher(dictionary).find()) {
				inflate(content, start, end - start, IMAGE.matcher(dictionary).find());
			}
			from = end + "endstream".length();
		}
	}

	private void inflate(byte[] content, int offset, int length, boolean image) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(content, offset, length);
			byte[] sink = new byte[64 * 1024];
			long inflated = 0;
			while (!inflater.finished() && !inflater.needsInput()) {
				int n = inflater.inflate(sink);
				if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
					break;
				}
				inflated += n;
				budget.inflate(n, limits);
				if (!image && inflated > ArchiveCheck.RATIO_GRACE
						&& inflated / Math.max(1, length) > limits.maxCompressionRatio()) {
					throw budget.refuse(Limit.COMPRESSION_RATIO, "A stream of it inflates more than "
							+ limits.maxCompressionRatio() + " times its compressed size.");
				}
			}
		}
		catch (DataFormatException ex) {
			// Encrypted or damaged: left to the parser and its limits.
		}
		finally {
			inflater.end();
		}
	}
}
