package org.casekeep.detention.relations;

/** OIDO's external relations in the browser. */
final class RelationsPages {

	static final String PATH = "/detention/relations";

	private RelationsPages() {
	}
}
