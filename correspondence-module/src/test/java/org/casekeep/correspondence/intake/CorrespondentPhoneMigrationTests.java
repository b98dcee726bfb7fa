package org.casekeep.correspondence.intake;

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
 * The changeset that turns the correspondent's four phone columns (libphonenumber's international format, as
 * {@link PhoneNumber#international()} wrote them at intake) into the columns of the {@link PhoneNumber} embeddable,
 * run on a database of its own that holds records written before it.
 */
class CorrespondentPhoneMigrationTests {

	static final String BEFORE = "classpath:db/changelog/migration/correspondence-before-phone-numbers.yaml";
	static final String AFTER = "classpath:db/changelog/migration/correspondence-phone-numbers.yaml";

	static final String[] PHONES = { "home_phone", "business_phone", "mobile_phone", "fax" };

	@RegisterExtension
	final ScratchDatabase db = ScratchDatabase.migratedTo("correspondence_migration", BEFORE);

	@Test
	void phonesBecomeTheirE164NumberAndExtensionAndReadBackAsTheyWereShown() throws Exception {
		String letter = correspondence("+1 915-555-0110", "+1 202-555-0143 ext. 12", "+52 55 1234 5678",
				"+1 512-555-0100 ext. 7");
		String anonymous = correspondence(null, null, null, null);
		String fromLondon = correspondence(null, "+44 20 7946 0958", null, null);

		db.migrate(AFTER);

		assertThat(phones(letter)).containsExactly("+19155550110", null, "+12025550143", "12", "+525512345678", null,
				"+15125550100", "7");
		assertThat(phones(anonymous)).containsOnlyNulls().hasSize(8);
		assertThat(phones(fromLondon)).containsExactly(null, null, "+442079460958", null, null, null, null, null);
		assertThat(new PhoneNumber("+12025550143", "12").international()).isEqualTo("+1 202-555-0143 ext. 12");
		assertThat(new PhoneNumber("+525512345678", null).international()).isEqualTo("+52 55 1234 5678");
		assertThat(new PhoneNumber("+442079460958", null).international()).isEqualTo("+44 20 7946 0958");
		assertThat(db.columns("correspondence", "correspondence"))
			.contains("home_phone_e164", "home_phone_extension", "business_phone_e164", "business_phone_extension",
					"mobile_phone_e164", "mobile_phone_extension", "fax_e164", "fax_extension")
			.doesNotContain(PHONES)
			.as("the address keeps its columns").contains("street1", "street2", "city", "state", "zip");
		assertThat(db.row("select street1, city, state, zip from correspondence.correspondence where id = '" + letter
				+ "'")).containsExactly("1 Main St", "El Paso", "TX", "79901");
	}

	@Test
	void aPhoneOfAnotherShapeHaltsTheMigrationAndChangesNothing() throws Exception {
		String typedByHand = correspondence(null, null, "(915) 555-0110", null);

		assertThatException().isThrownBy(() -> db.migrate(AFTER));

		assertThat(db.columns("correspondence", "correspondence")).contains("mobile_phone")
			.doesNotContain("mobile_phone_e164");
		assertThat(db.row("select mobile_phone from correspondence.correspondence where id = '" + typedByHand + "'"))
			.containsExactly("(915) 555-0110");
	}

	@Test
	void theNewColumnsRefuseAnythingButE164AndAnExtensionWithoutItsNumber() throws Exception {
		String letter = correspondence(null, null, null, null);
		db.migrate(AFTER);

		assertThatException().isThrownBy(() -> db.execute("update correspondence.correspondence"
				+ " set fax_e164 = '915-555-0110' where id = '" + letter + "'"));
		assertThatException().isThrownBy(() -> db.execute("update correspondence.correspondence"
				+ " set home_phone_extension = '12' where id = '" + letter + "'"));
		db.execute("update correspondence.correspondence set home_phone_e164 = '+19155550110',"
				+ " home_phone_extension = '12' where id = '" + letter + "'");
		assertThat(db.row("select home_phone_e164, home_phone_extension from correspondence.correspondence"
				+ " where id = '" + letter + "'")).containsExactly("+19155550110", "12");
	}

	/** A record as intake wrote it before the migration, with a correspondent in El Paso. */
	private String correspondence(String homePhone, String businessPhone, String mobilePhone, String fax)
			throws SQLException {
		String id = UUID.randomUUID().toString();
		db.execute("""
				insert into correspondence.correspondence (id, reference_number, channel, intake_method, source_type,
				    subject, received_at, owning_component, created_by, created_at, updated_at, status,
				    retention_schedule, last_name, home_phone, business_phone, mobile_phone, fax, address_kind, street1,
				    city, state, zip, version)
				values ('%s', 'CORR-2027-%s', 'POSTAL_MAIL', 'HAND_KEYED', 'PUBLIC', 'Letter', now(), 'ESEC',
				    'esec-clerk', now(), now(), 'RECEIVED', 'N1_563_07_001', 'Marsh', %s, %s, %s, %s, 'MAILING',
				    '1 Main St', 'El Paso', 'TX', '79901', 0)"""
			.formatted(id, id.substring(0, 8), literal(homePhone), literal(businessPhone), literal(mobilePhone),
					literal(fax)));
		return id;
	}

	/** The number and extension of each phone, in the order home, business, mobile, fax. */
	private List<String> phones(String id) throws SQLException {
		List<String> values = new ArrayList<>();
		for (String phone : PHONES) {
			values.addAll(db.row("select %s_e164, %s_extension from correspondence.correspondence where id = '%s'"
				.formatted(phone, phone, id)));
		}
		return values;
	}
}
