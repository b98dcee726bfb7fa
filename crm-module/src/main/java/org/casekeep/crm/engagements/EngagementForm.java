package org.casekeep.crm.engagements;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The event form as typed on the page (bound by Spring MVC, so a mutable bean). */
public class EngagementForm {

	private @Nullable String name;
	private @Nullable String heldOn;
	private @Nullable String endsOn;
	private @Nullable String location;
	private @Nullable String agenda;
	private List<String> issues = new ArrayList<>();
	private @Nullable Long version;

	static EngagementForm of(EngagementView view) {
		EngagementForm form = new EngagementForm();
		form.name = view.name();
		form.heldOn = view.heldOn().toString();
		form.endsOn = view.endsOn() == null ? null : view.endsOn().toString();
		form.location = view.location();
		form.agenda = view.agenda();
		form.issues = new ArrayList<>(view.issues());
		form.version = view.version();
		return form;
	}

	EngagementDraft toDraft() {
		return new EngagementDraft(name, heldOn, endsOn, location, agenda, List.copyOf(issues), version);
	}

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getHeldOn() { return heldOn; }
	public void setHeldOn(@Nullable String heldOn) { this.heldOn = heldOn; }
	public @Nullable String getEndsOn() { return endsOn; }
	public void setEndsOn(@Nullable String endsOn) { this.endsOn = endsOn; }
	public @Nullable String getLocation() { return location; }
	public void setLocation(@Nullable String location) { this.location = location; }
	public @Nullable String getAgenda() { return agenda; }
	public void setAgenda(@Nullable String agenda) { this.agenda = agenda; }
	public List<String> getIssues() { return issues; }
	public void setIssues(@Nullable List<String> issues) { this.issues = issues == null ? new ArrayList<>() : issues; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
