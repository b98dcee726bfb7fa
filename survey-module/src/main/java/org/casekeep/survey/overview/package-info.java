/** Customer research's navigation entry and its start page, which is the list of studies. */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.overview;
