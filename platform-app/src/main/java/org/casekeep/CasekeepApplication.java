package org.casekeep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Boots every Casekeep module. The application class sits in {@code org.casekeep} so that component and
 * entity scanning cover every module's jar without narrowing annotations (CONVENTIONS.md pitfalls).
 */
@Modulithic(systemName = "Casekeep", sharedModules = "kernel")
@SpringBootApplication
public class CasekeepApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasekeepApplication.class, args);
	}
}
