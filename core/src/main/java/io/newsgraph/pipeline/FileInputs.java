package io.newsgraph.pipeline;

import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.ingest.warc.WarcInput;
import java.util.List;

/** Turns expanded files into inputs: a WARC archive yields its HTML responses, any other file one page. */
final class FileInputs {
    private FileInputs() {}

    static List<PageInput> of(List<SourceFiles.Entry> files, long maxBytes) {
        return files.stream()
                .map(f -> WarcInput.isWarc(f.file())
                        ? new WarcInput(f.file(), f.source(), maxBytes)
                        : PageInput.of(f))
                .toList();
    }
}
