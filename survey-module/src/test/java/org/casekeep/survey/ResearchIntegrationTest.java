package org.casekeep.survey;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the research module's integration tests share: the API as its users call it ({@link ResearchApi}), a clock
 * set to {@link #TODAY} before each test and reset after it, and the database for what the API does not show. Each
 * test class still says how it runs (module test, MockMvc, the settable clock).
 */
abstract class ResearchIntegrationTest {

	/** The day every test starts on; the gates' dates are counted from it. */
	static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	ResearchApi api;

	@BeforeEach
	void today() {
		clock.setToday(TODAY);
		api = new ResearchApi(mvc, clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}
}
