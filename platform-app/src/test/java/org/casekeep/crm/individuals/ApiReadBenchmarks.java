package org.casekeep.crm.individuals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.testing.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The read of one individual through the API (JSON out), audited and with auditing off, measured in the same run on
 * the same data. Printed by {@code bin/bench}.
 */
@Tag("benchmark")
@SpringBootTest
class ApiReadBenchmarks {

	static final int READS = Integer.getInteger("bench.reads", 3_000);

	@Autowired IndividualDirectory directory;
	@Autowired ApplicationContext context;
	@Autowired org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter handlerAdapter;

	@Test
	void auditedApiReadAgainstTheSameReadWithAuditingOff() throws Exception {
		UUID id = Actors.callAs(DemoUsers.ICE_LIAISON.actor(), () -> directory.create(new IndividualDraft("Ms.", "Bench",
				"Api", "Director", null, "Bench Org", "(202) 555-0100", "(202) 555-0101", "bench@example.org",
				new AddressDraft("1 Main St", null, "Austin", "TX", "78701"), List.of("IMMIGRATION"), List.of(),
				"notes", null)).id());
		List<HttpMessageConverter<?>> converters = handlerAdapter.getMessageConverters();
		MockMvc audited = MockMvcBuilders.standaloneSetup(new IndividualsApi(directory, context.getBean(IssueCatalog.class)))
			.setMessageConverters(converters.toArray(HttpMessageConverter[]::new)).build();
		MockMvc unaudited = MockMvcBuilders.standaloneSetup(new IndividualsApi(BenchmarkSupport.unauditedDirectory(context),
				context.getBean(IssueCatalog.class)))
			.setMessageConverters(converters.toArray(HttpMessageConverter[]::new)).build();
		long[] withAudit = new long[READS];
		long[] withoutAudit = new long[READS];
		Actors.runAs(DemoUsers.PSO_ANALYST.actor(), () -> {
			try {
				for (int warm = 0; warm < 500; warm++) {
					audited.perform(get("/api/crm/individuals/{id}", id));
					unaudited.perform(get("/api/crm/individuals/{id}", id));
				}
				for (int i = 0; i < READS; i++) {
					long t0 = System.nanoTime();
					String body = audited.perform(get("/api/crm/individuals/{id}", id)).andReturn().getResponse().getContentAsString();
					long t1 = System.nanoTime();
					unaudited.perform(get("/api/crm/individuals/{id}", id));
					long t2 = System.nanoTime();
					withAudit[i] = t1 - t0;
					withoutAudit[i] = t2 - t1;
					if (i == 0) {
						assertThat(body).contains("Api").doesNotContain("555-0101");
					}
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		double a = median(withAudit) / 1e3;
		double b = median(withoutAudit) / 1e3;
		System.out.printf("BENCHMARK audited read of one individual (GET /api/crm/individuals/{id}, JSON): median %.0f µs audited vs %.0f µs with auditing off = %.2fx (target <= 1.5x), %d reads each%n",
				a, b, a / b, READS);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
