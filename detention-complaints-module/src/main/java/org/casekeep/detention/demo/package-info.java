/** Fictitious OIDO complaints for the run command's demo profile. */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.demo;
