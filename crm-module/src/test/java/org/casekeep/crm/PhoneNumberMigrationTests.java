package org.casekeep.crm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.casekeep.kernel.testing.TestDatabase;
import org.casekeep.kernel.values.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The changeset that turns the phone columns of CRM records (libphonenumber's international format, as
 * {@link PhoneNumber#international()} wrote them) into the columns of the {@link PhoneNumber} embeddable, run on a
 * database of its own that holds rows written before it.
 */
class PhoneNumberMigrationTests {

	static final String BEFORE = "classpath:db/changelog/migration/crm-before-phone-numbers.yaml";
	static final String AFTER = "classpath:db/changelog/migration/crm-phone-numbers.yaml";

	final EmbeddedPostgres server = TestDatabase.server();
	final String database = "crm_migration_" + UUID.randomUUID().toString().replace("-", "");
	DataSource dataSource;

	@BeforeEach
	void aDatabaseWithTheSchemaBeforeTheMigration() throws Exception {
		try (Connection admin = TestDatabase.superuser(); Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		dataSource = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database,
				"postgres", "postgres");
		migrate(BEFORE);
	}

	@AfterEach
	void dropTheDatabase() throws Exception {
		try (Connection admin = TestDatabase.superuser(); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	void phonesBecomeTheirE164NumberAndExtensionAndReadBackAsTheyWereShown() throws Exception {
		String dana = individual("+1 915-555-0110", "+1 202-555-0143 ext. 12");
		String lee = individual(null, null);
		String council = organization("+44 20 7946 0958");
		String chamber = organization("+1 512-555-0100 ext. 7");

		migrate(AFTER);

		assertThat(phones("crm.individual", dana, "work_phone", "cell_phone"))
			.containsExactly("+19155550110", null, "+12025550143", "12");
		assertThat(phones("crm.individual", lee, "work_phone", "cell_phone")).containsExactly(null, null, null, null);
		assertThat(phones("crm.organization", council, "office_phone")).containsExactly("+442079460958", null);
		assertThat(phones("crm.organization", chamber, "office_phone")).containsExactly("+15125550100", "7");
		assertThat(new PhoneNumber("+12025550143", "12").international()).isEqualTo("+1 202-555-0143 ext. 12");
		assertThat(new PhoneNumber("+442079460958", null).international()).isEqualTo("+44 20 7946 0958");
		assertThat(columns("individual")).contains("work_phone_e164", "work_phone_extension", "cell_phone_e164",
				"cell_phone_extension").doesNotContain("work_phone", "cell_phone");
		assertThat(columns("organization")).contains("office_phone_e164", "office_phone_extension")
			.doesNotContain("office_phone");
	}

	@Test
	void aPhoneOfAnotherShapeHaltsTheMigrationAndChangesNothing() throws Exception {
		String typedByHand = individual("(915) 555-0110", null);

		assertThatException().isThrownBy(() -> migrate(AFTER));

		assertThat(columns("individual")).contains("work_phone").doesNotContain("work_phone_e164");
		try (Connection db = dataSource.getConnection(); ResultSet rs = db.createStatement()
			.executeQuery("select work_phone from crm.individual where id = '" + typedByHand + "'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("(915) 555-0110");
		}
	}

	@Test
	void theNewColumnsRefuseAnythingButE164AndAnExtensionWithoutItsNumber() throws Exception {
		migrate(AFTER);

		assertThatException().isThrownBy(() -> update("update crm.organization set office_phone_e164 = '915-555-0110'"
				+ " where id = '" + organizationAfterMigration() + "'"));
		assertThatException().isThrownBy(() -> update("update crm.organization set office_phone_extension = '12'"
				+ " where office_phone_e164 is null"));
	}

	private void migrate(String changelog) throws Exception {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog(changelog);
		liquibase.setResourceLoader(new DefaultResourceLoader());
		liquibase.afterPropertiesSet();
	}

	private String individual(String workPhone, String cellPhone) throws SQLException {
		String id = UUID.randomUUID().toString();
		update("""
				insert into crm.individual (id, first_name, last_name, work_phone, cell_phone, owning_component,
				    owner_username, created_at, updated_at, version)
				values ('%s', 'Dana', 'Whitfield', %s, %s, 'ICE', 'ice-liaison', now(), now(), 0)"""
			.formatted(id, literal(workPhone), literal(cellPhone)));
		return id;
	}

	private String organization(String officePhone) throws SQLException {
		String id = UUID.randomUUID().toString();
		update("""
				insert into crm.organization (id, name, office_phone, owning_component, owner_username, created_at,
				    updated_at, version)
				values ('%s', 'Rio Grande Chamber', %s, 'ICE', 'ice-liaison', now(), now(), 0)"""
			.formatted(id, literal(officePhone)));
		return id;
	}

	private String organizationAfterMigration() throws SQLException {
		String id = UUID.randomUUID().toString();
		update("""
				insert into crm.organization (id, name, owning_component, owner_username, created_at, updated_at, version)
				values ('%s', 'Gulf Ports Association', 'ICE', 'ice-liaison', now(), now(), 0)""".formatted(id));
		return id;
	}

	/** The number and extension columns of each phone field, in the order given. */
	private List<String> phones(String table, String id, String... fields) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
			for (String field : fields) {
				try (ResultSet rs = statement.executeQuery("select %s_e164, %s_extension from %s where id = '%s'"
					.formatted(field, field, table, id))) {
					assertThat(rs.next()).as(table + " " + id).isTrue();
					values.add(rs.getString(1));
					values.add(rs.getString(2));
				}
			}
		}
		return values;
	}

	private List<String> columns(String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection db = dataSource.getConnection(); ResultSet rs = db.createStatement().executeQuery(
				"select column_name from information_schema.columns where table_schema = 'crm' and table_name = '"
						+ table + "'")) {
			while (rs.next()) {
				columns.add(rs.getString(1));
			}
		}
		return columns;
	}

	private void update(String sql) throws SQLException {
		try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String literal(String value) {
		return value == null ? "null" : "'" + value + "'";
	}
}
