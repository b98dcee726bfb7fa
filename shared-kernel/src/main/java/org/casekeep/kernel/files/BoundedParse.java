package org.casekeep.kernel.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.casekeep.kernel.files.FileRefusedException.Limit;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** The parser's side of the limits: the content handler and the extractor of embedded documents. */
final class BoundedParse {

	private BoundedParse() {
	}

	/**
	 * Checks the deadline on every element and piece of text, and counts PDF pages (each a {@code div class=page}).
	 */
	static ContentHandler handler(ContentHandler delegate, Budget budget, FileLimits limits) {
		return new ContentHandlerDecorator(delegate) {

			@Override
			public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
				budget.checkTime();
				if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
					budget.page(limits);
				}
				super.startElement(uri, localName, name, atts);
			}

			@Override
			public void characters(char[] ch, int start, int length) throws SAXException {
				budget.checkTime();
				super.characters(ch, start, length);
			}

			@Override
			public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
				budget.checkTime();
				super.ignorableWhitespace(ch, start, length);
			}
		};
	}

	/**
	 * Parses embedded documents (their text is checked for SPII like the rest) up to {@code max-depth}; deeper ones,
	 * and embedded archives that break a limit, refuse the whole file.
	 */
	static EmbeddedDocumentExtractor embedded(ParseContext context, Budget budget, FileLimits limits) {
		return new ParsingEmbeddedDocumentExtractor(context) {

			private int depth;

			@Override
			public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
					boolean outputHtml) throws SAXException, IOException {
				budget.checkTime();
				if (depth + 1 > limits.maxDepth()) {
					throw budget.refuse(Limit.NESTING, "It holds documents nested deeper than " + limits.maxDepth()
							+ ".");
				}
				byte[] content = read(stream);
				if (ArchiveCheck.isZip(content)) {
					new ArchiveCheck(limits, budget).check(content, depth + 1);
				}
				depth++;
				try {
					super.parseEmbedded(org.apache.tika.io.TikaInputStream.get(content), handler, metadata,
							outputHtml);
				}
				finally {
					depth--;
				}
				budget.checkTime();
			}

			private byte[] read(InputStream stream) throws IOException {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = stream.read(buffer)) > 0) {
					budget.inflate(n, limits);
					out.write(buffer, 0, n);
				}
				return out.toByteArray();
			}
		};
	}
}
