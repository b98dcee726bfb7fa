package org.casekeep.crm;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.testing.ScratchDatabase;
import org.casekeep.kernel.values.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.casekeep.kernel.testing.ScratchDatabase.literal;

/**
 * The changeset that turns the phone columns of CRM records (libphonenumber's international format, as
 * {@link PhoneNumber#international()} wrote them) into the columns of the {@link PhoneNumber} embeddable, run on a
 * database of its own that holds rows written before it.
 */
class PhoneNumberMigrationTests {

	static final String BEFORE = "classpath:db/changelog/migration/crm-before-phone-numbers.yaml";
	static final String AFTER = "classpath:db/changelog/migration/crm-phone-numbers.yaml";

	@RegisterExtension
	final ScratchDatabase db = ScratchDatabase.migratedTo("crm_migration", BEFORE);

	@Test
	void phonesBecomeTheirE164NumberAndExtensionAndReadBackAsTheyWereShown() throws Exception {
		String dana = individual("+1 915-555-0110", "+1 202-555-0143 ext. 12");
		String lee = individual(null, null);
		String council = organization("+44 20 7946 0958");
		String chamber = organization("+1 512-555-0100 ext. 7");

		db.migrate(AFTER);

		assertThat(phones("crm.individual", dana, "work_phone", "cell_phone"))
			.containsExactly("+19155550110", null, "+12025550143", "12");
		assertThat(phones("crm.individual", lee, "work_phone", "cell_phone")).containsExactly(null, null, null, null);
		assertThat(phones("crm.organization", council, "office_phone")).containsExactly("+442079460958", null);
		assertThat(phones("crm.organization", chamber, "office_phone")).containsExactly("+15125550100", "7");
		assertThat(new PhoneNumber("+12025550143", "12").international()).isEqualTo("+1 202-555-0143 ext. 12");
		assertThat(new PhoneNumber("+442079460958", null).international()).isEqualTo("+44 20 7946 0958");
		assertThat(db.columns("crm", "individual"))
			.contains("work_phone_e164", "work_phone_extension", "cell_phone_e164", "cell_phone_extension")
			.doesNotContain("work_phone", "cell_phone");
		assertThat(db.columns("crm", "organization")).contains("office_phone_e164", "office_phone_extension")
			.doesNotContain("office_phone");
	}

	@Test
	void aPhoneOfAnotherShapeHaltsTheMigrationAndChangesNothing() throws Exception {
		String typedByHand = individual("(915) 555-0110", null);

		assertThatException().isThrownBy(() -> db.migrate(AFTER));

		assertThat(db.columns("crm", "individual")).contains("work_phone").doesNotContain("work_phone_e164");
		assertThat(db.row("select work_phone from crm.individual where id = '" + typedByHand + "'"))
			.containsExactly("(915) 555-0110");
	}

	@Test
	void theNewColumnsRefuseAnythingButE164AndAnExtensionWithoutItsNumber() throws Exception {
		db.migrate(AFTER);

		assertThatException().isThrownBy(() -> db.execute("update crm.organization"
				+ " set office_phone_e164 = '915-555-0110' where id = '" + organizationAfterMigration() + "'"));
		assertThatException().isThrownBy(() -> db.execute("update crm.organization set office_phone_extension = '12'"
				+ " where office_phone_e164 is null"));
	}

	private String individual(String workPhone, String cellPhone) throws SQLException {
		String id = UUID.randomUUID().toString();
		db.execute("""
				insert into crm.individual (id, first_name, last_name, work_phone, cell_phone, owning_component,
				    owner_username, created_at, updated_at, version)
				values ('%s', 'Dana', 'Whitfield', %s, %s, 'ICE', 'ice-liaison', now(), now(), 0)"""
			.formatted(id, literal(workPhone), literal(cellPhone)));
		return id;
	}

	private String organization(String officePhone) throws SQLException {
		String id = UUID.randomUUID().toString();
		db.execute("""
				insert into crm.organization (id, name, office_phone, owning_component, owner_username, created_at,
				    updated_at, version)
				values ('%s', 'Rio Grande Chamber', %s, 'ICE', 'ice-liaison', now(), now(), 0)"""
			.formatted(id, literal(officePhone)));
		return id;
	}

	private String organizationAfterMigration() throws SQLException {
		String id = UUID.randomUUID().toString();
		db.execute("""
				insert into crm.organization (id, name, owning_component, owner_username, created_at, updated_at, version)
				values ('%s', 'Gulf Ports Association', 'ICE', 'ice-liaison', now(), now(), 0)""".formatted(id));
		return id;
	}

	/** The number and extension columns of each phone field, in the order given. */
	private List<String> phones(String table, String id, String... fields) throws SQLException {
		List<String> values = new ArrayList<>();
		for (String field : fields) {
			values.addAll(db.row("select %s_e164, %s_extension from %s where id = '%s'"
				.formatted(field, field, table, id)));
		}
		return values;
	}
}
