/**
 * Input checking that reports every problem at once, each naming its field, and the exceptions the web layer turns
 * into problem documents and field errors.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.validation;
