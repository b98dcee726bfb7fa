/** What customer research shows while it is being built: its navigation entry and its overview page. */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.overview;
