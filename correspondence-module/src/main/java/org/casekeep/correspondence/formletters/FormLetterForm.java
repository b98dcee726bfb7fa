package org.casekeep.correspondence.formletters;

import org.jspecify.annotations.Nullable;

/** The form-letter form as typed: a new letter (name and text) or a new version of one (text and version read). */
class FormLetterForm {

	private @Nullable String name;
	private @Nullable String body;
	private @Nullable String changeNote;
	private @Nullable Long version;

	FormLetterDraft toDraft() {
		return new FormLetterDraft(name, body, changeNote, version);
	}

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body; }
	public @Nullable String getChangeNote() { return changeNote; }
	public void setChangeNote(@Nullable String changeNote) { this.changeNote = changeNote; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
