package org.qianliyan.portal.enforcement.imports;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.store.CaseWriter;

/**
 * What an import did: rows read, invalid rows, cases written, how the written cases were
 * linked to facilities, and any document Elasticsearch refused. {@code rejected} means
 * nothing was written because of invalid rows; otherwise invalid rows were skipped.
 * {@code problemCount} counts every problem; {@code problems} lists the first ones.
 * {@code ignoredColumns} names the file's columns that are not ours, whose values were not imported.
 */
public record ImportReport(long rowsRead, long invalidRows, long written, boolean rejected, long problemCount,
                           List<RowProblem> problems, Map<LinkBasis, Long> links, List<CaseWriter.Refusal> refusals,
                           List<String> ignoredColumns) {

    public long skipped() {
        return rejected ? 0 : invalidRows;
    }
}
