package org.casekeep.crm.contacthistory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.access.AccessPolicy;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds the relationship with a stakeholder, so that components coordinate instead of each reaching out on its
 * own (CRM PIA overview: "PSO will coordinate with ICE's existing relationships"; 4.1: names, organizations and
 * interactions are shared across components). It names the owning component and owner of this record and of the
 * records other components keep of the same person (the same e-mail address), and each component's contact: how
 * often and how recently. It shows no contact detail, so it needs nothing beyond reading the record.
 */
@Service
public class Coordination {

	/**
	 * A record of this person and who owns it.
	 *
	 * @param thisRecord whether it is the record asked about (the others are other components' records of the same
	 * person).
	 */
	public record Holder(UUID individualId, String owningComponent, String ownerUsername, boolean thisRecord) {
	}

	/** A component's contact with the person, over all their records. */
	public record ComponentContact(String component, long interactions, Instant lastContact) {
	}

	/** Who holds the relationship: this record's owner first, then the others by component; contact, latest first. */
	public record View(List<Holder> holders, List<ComponentContact> contacts) {

		/** The components holding a record of the person, each once, this record's first. */
		public List<String> components() {
			return holders.stream().map(Holder::owningComponent).distinct().toList();
		}
	}

	private final Contacts contacts;
	private final AccessPolicy access;
	private final JdbcClient jdbc;

	Coordination(Contacts contacts, AccessPolicy access, JdbcClient jdbc) {
		this.contacts = contacts;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * Who holds the relationship with the individual, for anyone who may read it (the refusal is audited).
	 * @throws org.casekeep.kernel.access.RecordNotFoundException if there is no such individual.
	 */
	@Transactional(readOnly = true)
	public View of(UUID individualId) {
		RecordFacts self = contacts.facts(individualId);
		access.check(Operation.READ, self);
		List<Holder> holders = new ArrayList<>();
		holders.add(holder(self, true));
		contacts.sameEmailAs(individualId).stream()
			.map(other -> holder(other, false))
			.sorted(Comparator.comparing(Holder::owningComponent).thenComparing(Holder::ownerUsername))
			.forEach(holders::add);
		List<UUID> ids = holders.stream().map(Holder::individualId).toList();
		List<ComponentContact> contact = jdbc.sql("""
				select dhs_component, count(*), max(occurred_at) from crm.interaction
				where individual_id in (:ids) group by dhs_component order by max(occurred_at) desc, dhs_component""")
			.param("ids", ids)
			.query((rs, row) -> new ComponentContact(rs.getString(1), rs.getLong(2),
					rs.getObject(3, Timestamp.class).toInstant()))
			.list();
		return new View(List.copyOf(holders), contact);
	}

	private static Holder holder(RecordFacts facts, boolean thisRecord) {
		return new Holder(UUID.fromString(facts.recordId()), String.valueOf(facts.owningComponent()),
				String.valueOf(facts.ownerUsername()), thisRecord);
	}
}
