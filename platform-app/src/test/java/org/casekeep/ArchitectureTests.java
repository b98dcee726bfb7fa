package org.casekeep;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.ApplicationModule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * House rules that {@code verify()} does not check. {@code failOnEmptyShould} stays on: a rule over no classes fails,
 * so every rule below is known to have looked at something.
 */
class ArchitectureTests {

	/** The main code of every module: neither this module's tests nor the kernel's test jar. */
	static final JavaClasses CASEKEEP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.contains("-tests.jar"))
		.importPackages("org.casekeep");

	/** The four bounded contexts of DESIGN.md, each an application module talking to the others by events only. */
	static final List<String> DOMAIN_MODULES = List.of("crm", "correspondence", "survey", "detention");

	/** Every application module of the build (the platform's two included). */
	static final List<String> ALL_MODULES = List.of("kernel", "crm", "correspondence", "survey", "detention",
			"platform", "privacy");

	@Test
	void entitiesAreNotPublic() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
			.because("a module's entities are its internals; other modules see views and events")
			.check(CASEKEEP);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areInterfaces().and().areAssignableTo(Repository.class).should().notBePublic()
			.check(CASEKEEP);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.because("pages and API sit next to the services they call; nothing else calls a controller")
			.check(CASEKEEP);
	}

	@Test
	void eventsAreFreeOfJpa() {
		noClasses().that().resideInAPackage("org.casekeep..events..")
			.should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
			.orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
			.check(CASEKEEP);
	}

	@Test
	void eventsAreRecords() {
		classes().that().resideInAPackage("org.casekeep..events..").and().areNotInterfaces()
			.and().doNotHaveSimpleName("package-info")
			.should().beRecords()
			.check(CASEKEEP);
	}

	@Test
	void theKernelDependsOnNoOtherModule() {
		noClasses().that().resideInAPackage("org.casekeep.kernel..")
			.should().dependOnClassesThat().resideInAnyPackage(packagesOf(ALL_MODULES.stream()
				.filter(module -> !module.equals("kernel")).toList()))
			.check(CASEKEEP);
	}

	@Test
	void domainModulesUseOneAnotherOnlyThroughTheirEvents() {
		for (String module : DOMAIN_MODULES) {
			List<String> others = DOMAIN_MODULES.stream().filter(other -> !other.equals(module)).toList();
			String[] theirEvents = others.stream().map(other -> "org.casekeep." + other + ".events..")
				.toArray(String[]::new);
			noClasses().that().resideInAPackage("org.casekeep." + module + "..")
				.should().dependOnClassesThat(resideInAnyPackage(packagesOf(others))
					.and(DescribedPredicate.not(resideInAnyPackage(theirEvents))))
				.check(CASEKEEP);
		}
	}

	@Test
	void noModuleDependsOnThePlatform() {
		for (String module : ALL_MODULES.stream().filter(m -> !m.equals("platform") && !m.equals("privacy")).toList()) {
			noClasses().that().resideInAPackage("org.casekeep." + module + "..")
				.should().dependOnClassesThat().resideInAnyPackage("org.casekeep.platform..", "org.casekeep.privacy..")
				.because("the platform boots the modules; they cannot know it")
				.check(CASEKEEP);
		}
	}

	@Test
	void thePackagesOfAModuleDoNotDependOnEachOtherInACycle() {
		// The kernel's packages too: a reader can take them one at a time, from values and access up to retention.
		// The privacy console is one small package: it has no sub-packages to compare.
		for (String module : ALL_MODULES.stream().filter(module -> !module.equals("privacy")).toList()) {
			slices().matching("org.casekeep." + module + ".(*)..").namingSlices(module + ".$1")
				.should().beFreeOfCycles()
				.check(CASEKEEP);
		}
	}

	@Test
	void aDomainModulesBasePackageHoldsNothingButItsPackageInfo() {
		// Its API is its events (a named interface); its features live in sub-packages, their types package-private.
		for (String module : DOMAIN_MODULES) {
			assertThat(CASEKEEP.stream()
				.filter(type -> type.getPackageName().equals("org.casekeep." + module))
				.map(JavaClass::getSimpleName)
				.filter(name -> !name.equals("package-info")))
				.as("types in the base package of %s", module).isEmpty();
		}
	}

	@Test
	void everyModuleDeclaresWhatItMayDependOn() {
		for (String module : ALL_MODULES) {
			Package base = packageInfo(module);
			ApplicationModule declaration = base.getAnnotation(ApplicationModule.class);
			assertThat(declaration).as("@ApplicationModule on %s", base.getName()).isNotNull();
			assertThat(declaration.allowedDependencies()).as("allowedDependencies of %s", module)
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		}
	}

	private static Package packageInfo(String module) {
		try {
			return Class.forName("org.casekeep." + module + ".package-info").getPackage();
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("No package-info.java in org.casekeep." + module, ex);
		}
	}

	private static String[] packagesOf(List<String> modules) {
		return modules.stream().map(module -> "org.casekeep." + module + "..").toArray(String[]::new);
	}
}
