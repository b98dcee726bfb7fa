/** Where the detention ombudsman module starts for each OIDO user: its navigation entry and its landing page. */
@org.jspecify.annotations.NullMarked
package org.casekeep.detention.overview;
