package io.newsgraph.spark;

import io.newsgraph.pipeline.ProcessedPage;
import java.io.Serializable;
import java.util.List;

/**
 * What a task makes of one input page: the processed page (its raw text dropped: nothing downstream reads
 * it and the driver would otherwise receive every page whole), each statement's sentence vector in the
 * encoder's saved form, and the near-duplicate signature of its article (null when it has none).
 *
 * @param source the page's path as Hadoop names it; the order of the cross-document stages
 */
record ProcessedDoc(String source, ProcessedPage page, List<byte[]> statementVectors, int[] signature, String failure)
        implements Serializable {

    boolean hasArticle() {
        return page != null && page.article() != null;
    }
}
