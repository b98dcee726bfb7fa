/**
 * Case work on accepted complaints (OIDO PIA overview, 2.4, 7.2): corrections recorded beside the data as received
 * with who, when and why; analysts' research notes; resolution and closure, and reopening at any time.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.casework;
