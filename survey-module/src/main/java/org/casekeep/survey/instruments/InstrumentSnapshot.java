package org.casekeep.survey.instruments;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** The content of an approved version as JSON: exactly what was approved, questions and notice. */
final class InstrumentSnapshot {

	private InstrumentSnapshot() {
	}

	static String of(InstrumentView view) {
		String questions = view.questions().stream().map(q -> "{\"position\":" + q.position() + ",\"kind\":"
				+ quote(q.kind().name()) + ",\"text\":" + quote(q.text()) + ",\"choices\":" + array(q.choices())
				+ ",\"scalePoints\":" + q.scalePoints() + ",\"demographic\":"
				+ (q.demographic() == null ? "null" : quote(q.demographic().name())) + "}")
			.collect(Collectors.joining(",", "[", "]"));
		InstrumentView.NoticeView n = view.notice();
		return "{\"title\":" + quote(view.title()) + ",\"version\":" + view.currentVersion() + ",\"questions\":"
				+ questions + ",\"notice\":{\"authority\":" + quote(n.authority()) + ",\"purpose\":"
				+ quote(n.purpose()) + ",\"routineUses\":" + quote(n.routineUses()) + ",\"voluntary\":"
				+ quote(n.voluntary()) + ",\"effects\":" + quote(n.effects()) + "}}";
	}

	private static String array(List<String> values) {
		return values.stream().map(InstrumentSnapshot::quote).collect(Collectors.joining(",", "[", "]"));
	}

	private static String quote(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
