/** Running the per-document stages over many pages and handing results to the store's single writer. */
package io.newsgraph.pipeline;
