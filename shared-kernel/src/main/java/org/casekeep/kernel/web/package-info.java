/**
 * The web shell every module's pages and API share: the page layout and its field fragments, the error pages, the
 * navigation assembled from the {@link org.casekeep.kernel.web.NavigationEntry} beans modules contribute, problem
 * documents for the API, and the form conventions of pages. It lives in the kernel because the kernel is the one jar
 * every module depends on, so a module's own page tests render its pages in the real shell. It holds no privacy rule.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.web;
