/**
 * Response metrics per assigned component (answers given, on-time rate, median days to respond) over only the
 * taskers the viewer may see, as a page of server-rendered charts and as JSON.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.metrics;
