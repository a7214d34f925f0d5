/** Article extraction: the Article record and the choice of extractor by page type. */
package io.newsgraph.extract;
