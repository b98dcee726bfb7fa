package org.casekeep.correspondence;

import java.util.Locale;

import org.casekeep.correspondence.intake.IntakeDraft;

/**
 * The generated data of {@link CorrespondenceBenchmarks}: set-based SQL run as the superuser (one statement per
 * table, {@code generate_series}), and the hand-keyed drafts of the intake figure.
 */
final class CorrespondenceBenchmarkData {

	private CorrespondenceBenchmarkData() {
	}

	/** Words of realistic subjects and texts, so full-text search matches some rows and not others. */
	static final String WORDS = """
			array['border','wait','times','asylum','application','status','disaster','assistance','visa','backlog',
			'detention','conditions','flood','recovery','grant','naturalization','interview','cargo','inspection',
			'port','of','entry','refugee','canada','mexico','cybersecurity','hurricane','shelter','passport','delay',
			'deportation','hearing','airport','screening','constituent','request','congressional','inquiry','family',
			'reunification','employment','authorization','green','card','renewal','citizenship','ceremony','coast',
			'guard','rescue','wildfire','evacuation','funding','infrastructure','election','security','threat',
			'assessment','grant','program','student','exchange','fee','waiver','travel','ban','customs','seizure',
			'agriculture','trade','tariff','human','trafficking','victim','protection','temporary','status','work',
			'permit','biometrics','appointment','fingerprint','records','privacy','complaint','freedom','information',
			'act','appeal','denial','humanitarian','parole','unaccompanied','minor','housing','benefits','insurance',
			'claim','mitigation','levee','tornado','earthquake','pandemic','vaccine','hospital','supply','chain',
			'pipeline','ransomware','phishing','drone','surveillance','tunnel','smuggling','fentanyl','narcotics',
			'checkpoint','highway','bridge','vessel','maritime','fishing','permit','license','drivers','real','id',
			'compliance','deadline','extension','meeting','briefing','testimony','oversight','budget','appropriation']""";

	static final String COMPONENTS = "array['ICE','CBP','USCIS','FEMA','TSA','USCG','USSS','CISA','FLETC','OIG']";

	/** %1$d, %2$d: the first and last number of the rows to generate. */
	static final String CORRESPONDENCE = """
			insert into correspondence.correspondence (id, reference_number, channel, intake_method, source_type,
			    subject, body, received_at, owning_component, created_by, created_at, updated_at, status,
			    retention_schedule, first_name, last_name, organization, email, city, state, version)
			select gen_random_uuid(), 'BENCH-' || lpad(g::text, 7, '0'),
			       (array['POSTAL_MAIL','FAX','EMAIL','TELEPHONE'])[1 + g %% 4],
			       (array['SCANNED','UPLOADED','HAND_KEYED','PASTED'])[1 + (g / 4) %% 4],
			       (array['PUBLIC','CONGRESS','WHITE_HOUSE','OTHER_FEDERAL_AGENCY','STATE_LOCAL','CORPORATION','NGO'])[1 + g %% 7],
			       initcap((select string_agg(w[1 + floor(random() * array_length(w, 1))::int + 0 * k], ' ')
			                from generate_series(1, 4 + g %% 5) k)),
			       (select string_agg(w[1 + floor(random() * array_length(w, 1))::int + 0 * k], ' ')
			        from generate_series(1, 30 + g %% 60) k) || '.',
			       now() - (g %% 7300) * interval '3 hours' - (g %% 59) * interval '1 minute',
			       (case when g %% 5 = 0 then 'ESEC' else ({components})[1 + g %% 10] end),
			       'bench-generator', now() - (g %% 7300) * interval '3 hours', now(),
			       (array['RECEIVED','TASKED','TASKED','RESPONDED','CLOSED','SPII_REVIEW'])[1 + g %% 6],
			       'N1_563_07_001',
			       (array['Maria','James','Wei','Aisha','Carlos','Olga','John','Priya'])[1 + g %% 8],
			       (array['Garcia','Smith','Chen','Khan','Lopez','Ivanova','Doe','Patel','Nguyen'])[1 + g %% 9],
			       case when g %% 3 = 0 then (array['Office of Rep. Smith','City of Austin','Acme Corp','Red Cross'])[1 + g %% 4] end,
			       'writer' || g || '@example.org',
			       (array['Austin','Miami','San Diego','Seattle','Boston','El Paso'])[1 + g %% 6],
			       (array['TX','FL','CA','WA','MA','TX'])[1 + g %% 6], 0
			from generate_series(%1$d, %2$d) g, (select {words} as w) words
			""".replace("{components}", COMPONENTS).replace("{words}", WORDS);

	/**
	 * %1$d, %2$d: the first and last tasker; %3$d the number of generated correspondence records (two taskers in three
	 * answer one of them). Ids derive from the number so the assignments find their tasker without a join.
	 */
	static final String TASKERS = """
			insert into correspondence.tasker (id, correspondence_id, subject, instructions, assigning_component,
			    created_by, business_days, created_at, assigned_at, due_at, status, updated_at, version)
			select md5('bench-tasker-' || g)::uuid,
			       case when g %% 3 <> 0 then c.id end,
			       'Tasker ' || g || ': ' || (array['Response to congressional inquiry','Briefing memo','Draft reply',
			           'Input for testimony','Review of constituent letter','Fact check'])[1 + g %% 6],
			       'Please provide input by the due date.',
			       case when g %% 4 = 0 then ({components})[1 + (g / 4) %% 10] else 'ESEC' end,
			       'bench-generator', 1 + g %% 30,
			       now() - interval '90 days' + (g %% 120) * interval '1 day',
			       now() - interval '89 days' + (g %% 120) * interval '1 day',
			       -- due between 40 days ago and 80 days ahead: some overdue, some due this week
			       now() - interval '40 days' + (g %% 120) * interval '1 day' + (g %% 24) * interval '1 hour',
			       (array['ASSIGNED','ASSIGNED','ASSIGNED','COMPILED','CLEARED','DISPATCHED','CLOSED','CLOSED','DRAFT','CANCELLED'])[1 + (g / 10) %% 10],
			       now(), 0
			from generate_series(%1$d, %2$d) g
			left join (select id, row_number() over (order by reference_number) as rn from correspondence.correspondence
			           where reference_number like 'BENCH-%%') c on c.rn = 1 + g %% %3$d
			""".replace("{components}", COMPONENTS);

	/**
	 * One assignment per tasker, spread over ten components; a second, sequential step for one tasker in four; one
	 * ICE assignment in twenty names {@code ice-action}, one in ten another ICE expert; some were reassigned.
	 */
	static final String ASSIGNMENTS = """
			insert into correspondence.tasker_assignment (id, tasker_id, position, stage, component, office, username,
			    status, due_at, version)
			select gen_random_uuid(), md5('bench-tasker-' || g)::uuid, p, p, comp,
			       case when g %% 7 = 0 then 'Office of Policy' end,
			       case when comp = 'ICE' and g %% 20 = 0 then 'ice-action'
			            when g %% 10 = 5 then lower(comp) || '-expert-' || (g %% 13) end,
			       case when p = 2 then 'WAITING'
			            when g %% 17 = 0 then 'REASSIGNED'
			            when g %% 3 = 0 then 'ANSWERED' else 'ACTIVE' end,
			       now() - interval '40 days' + (g %% 120) * interval '1 day' + (g %% 24) * interval '1 hour', 0
			from generate_series(%1$d, %2$d) g
			cross join lateral (select 1 as p, ({components})[1 + g %% 10] as comp
			                    union all
			                    select 2, ({components})[1 + (g / 10 + 3) %% 10] where g %% 4 = 0) s
			""".replace("{components}", COMPONENTS);

	static final String PLAIN_INSERT = """
			insert into correspondence.correspondence (id, reference_number, channel, intake_method, source_type,
			    subject, body, received_at, owning_component, created_by, created_at, updated_at, status,
			    retention_schedule, first_name, last_name, organization, email, city, state, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String[] TOPICS = { "Border wait times at the port of entry", "Asylum application status",
			"Disaster assistance after the flood", "Visa backlog for family members", "Detention conditions inquiry",
			"Naturalization interview delay", "Hurricane shelter funding", "Airport screening complaint" };

	/** A hand-keyed letter; one in five quotes an SSN in its text, so the SPII scan finds something. */
	static IntakeDraft draft(int i) {
		String topic = TOPICS[i % TOPICS.length];
		String body = "Dear Secretary, I am writing about " + topic.toLowerCase(Locale.ROOT) + ". My family has waited "
				+ (3 + i % 20) + " months for an answer and we ask for your help with request number " + (100_000 + i)
				+ ". Thank you for your attention to this matter."
				+ (i % 5 == 0 ? " My social security number is 123-45-" + String.format(Locale.ROOT, "%04d", 1000 + i % 9000) + "." : "");
		return new IntakeDraft("POSTAL_MAIL", "HAND_KEYED", "PUBLIC", topic + " (" + i + ")", body, null, null, null,
				"Maria", null, "Garcia" + i, null, null, i % 3 == 0 ? "City of Austin" : null, null, null, null, null,
				"writer" + i + "@example.org", null, null, null, null, null, null);
	}
}
