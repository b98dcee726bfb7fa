package org.casekeep;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules talk only through events and the shared kernel (DESIGN.md rule 1), and their documentation under
 * {@code docs/modules} is regenerated from the code on every build.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CasekeepApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyBoundedContextOfTheDesignIsAModule() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("kernel", "crm", "correspondence", "survey", "detention", "platform", "privacy");
	}

	@Test
	void writesModuleDocumentation() throws java.io.IOException {
		java.nio.file.Path components = java.nio.file.Path.of("../docs/modules/components.puml");
		// The file is committed: remove it first, so the assertion below proves this run wrote it.
		java.nio.file.Files.deleteIfExists(components);
		java.nio.file.Path correspondence = java.nio.file.Path.of("../docs/modules/module-correspondence.adoc");
		java.nio.file.Files.deleteIfExists(correspondence);
		// Internals revealed: a module's canvas lists its services, controllers and listeners by feature package.
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults().revealInternals())
			.writeIndividualModulesAsPlantUml();
		assertThat(components).exists().content().contains("Stakeholder CRM", "Correspondence and taskers", "Shared kernel");
		assertThat(correspondence).exists().content().contains("o.c.c.taskers.", "o.c.c.intake.", "o.c.c.mailbox.");
	}
}
