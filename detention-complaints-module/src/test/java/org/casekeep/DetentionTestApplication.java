package org.casekeep;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Boots the detention ombudsman module with the shared kernel for module tests; never shipped in a main jar. */
@Modulithic(sharedModules = "kernel")
@SpringBootApplication
public class DetentionTestApplication {
}
