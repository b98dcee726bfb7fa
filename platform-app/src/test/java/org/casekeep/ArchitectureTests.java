package org.casekeep;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * House rules that {@code verify()} does not check. {@code failOnEmptyShould} stays on: a rule over no classes fails.
 */
class ArchitectureTests {

	static final JavaClasses CASEKEEP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.casekeep");

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
	void theKernelDependsOnNoDomainModule() {
		noClasses().that().resideInAPackage("org.casekeep.kernel..")
			.should().dependOnClassesThat().resideInAnyPackage("org.casekeep.crm..", "org.casekeep.correspondence..",
					"org.casekeep.survey..", "org.casekeep.detention..", "org.casekeep.platform..",
					"org.casekeep.privacy..")
			.check(CASEKEEP);
	}

	@Test
	void domainModulesDoNotReachIntoOneAnother() {
		String[] modules = { "crm", "correspondence", "survey", "detention" };
		for (String module : modules) {
			String[] others = java.util.Arrays.stream(modules).filter(other -> !other.equals(module))
				.map(other -> "org.casekeep." + other + "..").toArray(String[]::new);
			String[] allowed = java.util.Arrays.stream(modules).filter(other -> !other.equals(module))
				.map(other -> "org.casekeep." + other + ".events..").toArray(String[]::new);
			noClasses().that().resideInAPackage("org.casekeep." + module + "..")
				.should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(others)
					.and(com.tngtech.archunit.base.DescribedPredicate.not(
							com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(allowed))))
				.allowEmptyShould(module.equals("correspondence") || module.equals("survey") || module.equals("detention"))
				.check(CASEKEEP);
		}
	}

	@Test
	void domainModulesDoNotDependOnThePlatform() {
		noClasses().that().resideInAnyPackage("org.casekeep.crm..", "org.casekeep.kernel..")
			.should().dependOnClassesThat().resideInAnyPackage("org.casekeep.platform..", "org.casekeep.privacy..")
			.check(CASEKEEP);
	}
}
