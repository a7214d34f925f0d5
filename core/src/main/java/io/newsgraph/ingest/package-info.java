/** Reading inputs into pages: files and folders, gzip, binary detection, charset, page type, content hash. */
package io.newsgraph.ingest;
