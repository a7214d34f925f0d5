package io.newsgraph.spark;

import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.ingest.warc.WarcInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The job's input files, listed on the driver through each path's Hadoop file system, recursively: page
 * files and WARC archives, skipping what ingest skips in folders (hidden files, data, code and media).
 */
final class InputFiles {
    private InputFiles() {}

    static List<String> list(List<String> inputs, Configuration conf) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
            try {
                FileSystem fs = root.getFileSystem(conf);
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
                while (files.hasNext()) {
                    org.apache.hadoop.fs.Path file = files.next().getPath();
                    Path name = Path.of(file.getName());
                    if (WarcInput.isWarc(name) || SourceFiles.isPageFile(name)) out.add(file.toUri().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("newsgraph-spark: cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return out.stream().sorted().toList();
    }
}
