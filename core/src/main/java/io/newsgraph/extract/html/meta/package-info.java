/**
 * Metadata of an HTML page: title, authors, published and modified dates, outlet, canonical URL, language,
 * tags, image and description. The front door is {@link io.newsgraph.extract.html.meta.HtmlMetadata}; each
 * source (JSON-LD, meta tags, visible byline, title cleaning, dates) is a package-private reader of its own.
 * Rules here are general: nothing is keyed to a site, host or URL.
 */
package io.newsgraph.extract.html.meta;
