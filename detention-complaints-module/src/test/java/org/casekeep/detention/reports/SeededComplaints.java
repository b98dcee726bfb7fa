package org.casekeep.detention.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casekeep.kernel.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Complaints written straight into the module's table as the superuser, with the status, dates and facility a report
 * test needs, in a fiscal year no other test files complaints in. Each seeding first removes what an earlier run of
 * the same test class left for its case-number prefix, so counts stay exact.
 */
final class SeededComplaints implements AutoCloseable {

	private final Connection db;
	private final String prefix;
	private int next;

	/** @param prefix the case numbers' prefix, {@code OIDO-2021-9}: its year and a first digit no intake counter reaches. */
	SeededComplaints(String prefix) throws Exception {
		this.db = TestDatabase.superuser();
		this.prefix = prefix;
		try (PreparedStatement delete = db.prepareStatement("delete from detention.complaint where case_number like ?")) {
			delete.setString(1, prefix + "%");
			delete.executeUpdate();
		}
	}

	/** One complaint; its detainee's name and A-Number are {@code name} and {@code aNumber}, for the no-PII checks. */
	void add(String status, String channel, LocalDate receivedOn, @Nullable String facility, String[] categories,
			@Nullable String referredTo, @Nullable Instant triagedAt, @Nullable Instant closedAt, String name,
			String aNumber) throws Exception {
		UUID id = UUID.randomUUID();
		String caseNumber = prefix + String.format("%0" + (16 - prefix.length()) + "d", ++next);
		try (PreparedStatement insert = db.prepareStatement("""
				insert into detention.complaint (id, case_number, version, created_at, updated_at, created_by, channel,
				    received_on, anonymous, detainee_name, a_number, description, categories, consent_to_investigate,
				    consent_to_representative, status, referred_to, triaged_at, triaged_by, closed_at)
				values (?, ?, 0, now(), now(), 'seed', ?, ?, false, ?, ?, 'Seeded for a report test', ?, true, false, ?, ?,
				        ?, ?, ?)""")) {
			insert.setObject(1, id);
			insert.setString(2, caseNumber);
			insert.setString(3, channel);
			insert.setObject(4, receivedOn);
			insert.setString(5, name);
			insert.setString(6, aNumber);
			insert.setArray(7, db.createArrayOf("text", categories));
			insert.setString(8, status);
			insert.setString(9, referredTo);
			insert.setTimestamp(10, triagedAt == null ? null : Timestamp.from(triagedAt));
			insert.setString(11, triagedAt == null ? null : "seed");
			insert.setTimestamp(12, closedAt == null ? null : Timestamp.from(closedAt));
			insert.executeUpdate();
		}
		if (facility != null) {
			try (PreparedStatement stay = db.prepareStatement("""
					insert into detention.complaint_detention_stay (complaint_id, position, facility) values (?, 0, ?)""")) {
				stay.setObject(1, id);
				stay.setString(2, facility);
				stay.executeUpdate();
			}
		}
	}

	@Override
	public void close() throws Exception {
		db.close();
	}
}
