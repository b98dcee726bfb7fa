/**
 * The shared kernel: the one place where Casekeep declares personal data and decides what happens to it.
 * <p>
 * A field annotated with {@link org.casekeep.kernel.pii.PersonalData} drives masking, read audit, export rules,
 * retention and the data inventory in every module. The kernel depends on no domain module; every module may
 * use every package of the kernel (it is an open, shared application module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel;
